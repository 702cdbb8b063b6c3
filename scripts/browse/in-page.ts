/**
 * What the browsing benchmark installs and reads inside the page: a probe that
 * times the result count's changes and the moment given results are shown.
 */
import type { Page } from '@playwright/test'
import type { TransferLog } from './transfers.ts'

/** What the list shows: the result count and the text of its first card. */
export interface Shown {
  count: string
  /** null: any first card. */
  first: string | null
}

interface Probe {
  /** The last click or keydown, waiting for the count to change; -1 when none. */
  start: number
  /** Click or keydown → the count's next change, ms. */
  samples: number[]
  lastMutation: number
  /**
   * Armed: the start event's time, the last keydown's before `expected` was
   * first in the DOM, and that time; -1 until then.
   */
  watch: { expected: Shown; start: number; lastKey: number; at: number } | null
  shown(): Shown
  arm(expected: Shown, startOn: string): boolean
}

type ProbeWindow = Window & { benchProbe: Probe }

/** Runs in the page before its scripts (an init script). */
export function installProbe() {
  const shown = () => ({
    count: document.getElementById('result-count')?.textContent ?? '',
    first: document.querySelector('main li[aria-posinset="1"]')?.textContent ?? '',
  })
  const matches = (expected: Shown) => {
    const now = shown()
    return now.count === expected.count && (expected.first === null || now.first === expected.first)
  }
  const probe: Probe = {
    start: -1,
    samples: [],
    lastMutation: 0,
    watch: null,
    shown,
    arm(expected, startOn) {
      if (matches(expected)) return false
      const watch = { expected, start: -1, lastKey: -1, at: -1 }
      probe.watch = watch
      const mark = (event: Event) => {
        if (watch.start < 0) watch.start = event.timeStamp
      }
      document.addEventListener(startOn, mark, { capture: true, once: true })
      return true
    },
  }
  Object.assign(window, { benchProbe: probe })
  const mark = (event: Event) => {
    probe.start = event.timeStamp
  }
  document.addEventListener('click', mark, true)
  document.addEventListener('keydown', mark, true)
  document.addEventListener(
    'keydown',
    (event) => {
      if (probe.watch && probe.watch.at < 0) probe.watch.lastKey = event.timeStamp
    },
    true,
  )
  new MutationObserver(() => {
    probe.lastMutation = performance.now()
    const { watch } = probe
    if (watch && watch.start >= 0 && watch.at < 0 && matches(watch.expected)) {
      watch.at = performance.now()
    }
  }).observe(document, { childList: true, characterData: true, subtree: true })
  const watchCount = () => {
    const count = document.getElementById('result-count')
    if (!count) return void requestAnimationFrame(watchCount)
    new MutationObserver(() => {
      if (probe.start < 0) return
      probe.samples.push(performance.now() - probe.start)
      probe.start = -1
    }).observe(count, { childList: true, characterData: true, subtree: true })
  }
  watchCount()
}

export const shownNow = (page: Page): Promise<Shown> =>
  page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.shown())

/**
 * Watches for `expected` to be shown, timed from the next `startOn` event
 * (focusin, click, keydown); false when it is shown already.
 */
export const armShown = (page: Page, expected: Shown, startOn: string): Promise<boolean> =>
  page.evaluate(
    ([expected, startOn]) => (window as unknown as ProbeWindow).benchProbe.arm(expected, startOn),
    [expected, startOn] as const,
  )

export interface ShownAfter {
  /** The armed start event → `expected` in the DOM, ms. */
  ms: number
  /** The last keydown before it → `expected` in the DOM, ms; null without a keydown. */
  sinceLastKey: number | null
}

/** How long `expected` took to be shown; null when it was not shown within `timeoutMs`. */
export async function shownAfter(page: Page, timeoutMs: number): Promise<ShownAfter | null> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const watch = (window as unknown as ProbeWindow).benchProbe.watch
        if (!watch || watch.at < 0) return null
        const sinceLastKey = watch.lastKey < 0 ? null : watch.at - watch.lastKey
        return { ms: watch.at - watch.start, sinceLastKey }
      },
      undefined,
      { timeout: timeoutMs },
    )
    return (await handle.jsonValue()) as ShownAfter
  } catch {
    return null
  }
}

/** Waits until no request is in flight and the DOM has not changed for `idleMs`. */
export async function settle(page: Page, log: TransferLog, idleMs = 250): Promise<void> {
  const until = performance.now() + 15_000
  while (performance.now() < until) {
    await log.quiet(100)
    const idle = await page.evaluate(
      () => performance.now() - (window as unknown as ProbeWindow).benchProbe.lastMutation,
    )
    if (idle >= idleMs) return
    await page.waitForTimeout(Math.max(25, idleMs - idle))
  }
}

/** Performs an action and waits for the count to change; false when it did not change within 1 s. */
export async function countChange(page: Page, action: () => Promise<void>): Promise<number | null> {
  const before = await page.evaluate(
    () => (window as unknown as ProbeWindow).benchProbe.samples.length,
  )
  await action()
  try {
    await page.waitForFunction(
      (n) => (window as unknown as ProbeWindow).benchProbe.samples.length > n,
      before,
      { timeout: 1000 },
    )
    return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.samples.at(-1) ?? null)
  } catch {
    await page.evaluate(() => {
      ;(window as unknown as ProbeWindow).benchProbe.start = -1
    })
    return null
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
