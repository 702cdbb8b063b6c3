/**
 * What the browsing benchmark does inside the page: latency probes on the
 * result count, and the filter clicks and keystrokes it times.
 */
import type { Page } from '@playwright/test'

const MIN_SAMPLES = 30

/** Records, in the page, the time from the last click or keydown to each change of the count. */
export function installProbe() {
  const probe = { start: -1, samples: [] as number[] }
  Object.assign(window, { benchProbe: probe })
  const mark = (event: Event) => {
    probe.start = event.timeStamp
  }
  document.addEventListener('click', mark, true)
  document.addEventListener('keydown', mark, true)
  const watch = () => {
    const count = document.getElementById('result-count')
    if (!count) return void requestAnimationFrame(watch)
    new MutationObserver(() => {
      if (probe.start < 0) return
      probe.samples.push(performance.now() - probe.start)
      probe.start = -1
    }).observe(count, { childList: true, characterData: true, subtree: true })
  }
  watch()
}

type ProbeWindow = Window & { benchProbe: { start: number; samples: number[] } }

const sampleCount = (page: Page) =>
  page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.samples.length)

/** Performs an action and waits for the count to change; false when it did not change. */
async function measured(page: Page, action: () => Promise<void>): Promise<boolean> {
  const before = await sampleCount(page)
  await action()
  try {
    await page.waitForFunction(
      (n) => (window as unknown as ProbeWindow).benchProbe.samples.length > n,
      before,
      { timeout: 1000 },
    )
    return true
  } catch {
    await page.evaluate(() => {
      ;(window as unknown as ProbeWindow).benchProbe.start = -1
    })
    return false
  }
}

export async function firstCardTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const check = () => {
          if (document.querySelector('main article')) done(performance.now())
          else requestAnimationFrame(check)
        }
        check()
      }),
  )
}

export async function filterClicks(page: Page): Promise<number[]> {
  const boxes = page.getByRole('group', { name: 'Technologies' }).getByRole('checkbox')
  for (let round = 0; (await sampleCount(page)) < MIN_SAMPLES + 10 && round < 60; round++) {
    const box = boxes.nth(round % 8)
    await measured(page, () => box.check())
    await measured(page, () => box.uncheck())
  }
  return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.samples.splice(0))
}

export async function searchKeystrokes(page: Page, words: string[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search episodes' })
  await box.focus()
  // The first query waits for the index to download and build; that is not a keystroke's cost.
  await box.fill(words[0]?.slice(0, 3) ?? 'a')
  await page
    .getByRole('status')
    .filter({ hasText: /episodes?$/ })
    .waitFor()
  await page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.samples.splice(0))
  let samples = 0
  for (let i = 0; samples < MIN_SAMPLES + 10 && i < words.length * 3; i++) {
    const word = words[i % words.length] ?? 'a'
    await box.fill('')
    await page
      .getByRole('status')
      .filter({ hasText: /episodes?$/ })
      .waitFor()
    for (const letter of word) {
      if (await measured(page, () => page.keyboard.press(letter))) samples++
    }
  }
  return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.samples.splice(0))
}

/** Words typed in the search box: the start of real titles and guest names of the catalog. */
export async function searchWords(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main article h2, main article ul a')]
      .map((element) => element.textContent?.split(/\s+/)[0]?.toLowerCase() ?? '')
      .filter((word) => /^[a-z]{4,}$/.test(word))
      .slice(0, 8),
  )
}
