/**
 * The first search and the first filter click after the home page loads, each
 * in a fresh browser context (empty HTTP cache): the page is loaded and left
 * to go idle, then the action is timed until its results are shown, and the
 * bytes fetched from the action on are counted.
 */
import type { Browser, Page } from '@playwright/test'
import { optionBox, searchBox } from './home-page.ts'
import { armShown, installProbe, type Shown, shownAfter } from './in-page.ts'
import { type Weighed, watchTransfers, weigh } from './transfers.ts'

export interface FirstUse {
  /** The word typed or the option clicked. */
  label: string
  /** Start event → results shown, ms. */
  ms: number
  /** The last keystroke → results shown, ms; null for a click. */
  sinceLastKey: number | null
  /** Fetched from the action until the results were shown. */
  shown: Weighed
  /** Fetched from the action until the network was quiet for 500 ms after them. */
  settled: Weighed
}

export const viewport = { width: 1280, height: 900 }

/** A page of its own context, with the page's probe; tsx's `__name` helper defined for it. */
export async function probedPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport })
  await context.addInitScript('globalThis.__name = (fn) => fn')
  await context.addInitScript(installProbe)
  return context.newPage()
}

async function firstUse(
  browser: Browser,
  url: string,
  label: string,
  expected: Shown,
  startOn: string,
  act: (page: Page) => Promise<void>,
): Promise<FirstUse> {
  const page = await probedPage(browser)
  try {
    const log = await watchTransfers(page)
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.evaluate(
      () => new Promise<void>((idle) => requestIdleCallback(() => idle(), { timeout: 2000 })),
    )
    await log.quiet(500)
    if (!(await armShown(page, expected, startOn))) {
      throw new Error(`the home page already shows what ${label} should show`)
    }
    log.mark()
    await act(page)
    const time = await shownAfter(page, 20_000)
    if (time === null) throw new Error(`${label}: the results were not shown within 20 s`)
    const shown = log.finished()
    await log.quiet(500)
    return { label, ...time, shown: await weigh(shown), settled: await weigh(log.finished()) }
  } finally {
    await page.context().close()
  }
}

/** A click in the search box, then the word typed at once: focus → its results shown. */
export const firstSearch = (browser: Browser, url: string, word: string, expected: Shown) =>
  firstUse(browser, url, `"${word}"`, expected, 'focusin', async (page) => {
    await searchBox(page).click()
    await page.keyboard.type(word)
  })

const countText = (count: number) =>
  `${new Intl.NumberFormat('en').format(count)} ${count === 1 ? 'episode' : 'episodes'}`

/** A click on a filter option: click → the option's count shown as the result count. */
export const firstFilterClick = (
  browser: Browser,
  url: string,
  legend: string,
  option: { name: string; count: number },
) =>
  firstUse(
    browser,
    url,
    `${legend}: ${option.name}`,
    { count: countText(option.count), first: null },
    'click',
    (page) => optionBox(page, legend, option.name).click(),
  )
