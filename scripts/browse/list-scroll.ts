/**
 * The home page's list while it is scrolled: it loads a page of episodes each
 * time the end of what it holds comes near, and keeps only the cards near the
 * viewport in the DOM.
 */
import type { Page } from '@playwright/test'

export interface ScrolledList {
  /** Scrolls to the end of the page, each showing a card past the previous end. */
  scrolls: number
  /** The position of the last card shown at the end of the last scroll. */
  reached: number
  /** Episodes in the whole list. */
  total: number
  /** Episode cards in the DOM at the end. */
  inDom: number
}

/** Scrolls to the end of the page, waits until the list has drawn there, and says the last card's position. */
const scrollToEnd = (page: Page) =>
  page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight)
    const last = () =>
      Math.max(
        0,
        ...[...document.querySelectorAll('main li[aria-posinset]')].map((item) =>
          Number(item.getAttribute('aria-posinset')),
        ),
      )
    // The list moves its window on the scroll event and draws in a later frame.
    let seen = last()
    for (let still = 0; still < 5; still++) {
      await new Promise((frame) => requestAnimationFrame(frame))
      if (last() !== seen) {
        seen = last()
        still = 0
      }
    }
    return seen
  })

/**
 * Scrolls to the end of the page `times` times, each time once the list has
 * loaded more than it showed at the previous end (within 10 s).
 */
export async function scrollDown(page: Page, times: number): Promise<ScrolledList> {
  let scrolls = 0
  let reached = 0
  for (; scrolls < times; scrolls++) {
    const until = performance.now() + 10_000
    let last = await scrollToEnd(page)
    while (last <= reached && performance.now() < until) {
      await page.waitForTimeout(100)
      last = await scrollToEnd(page)
    }
    if (last <= reached) break
    reached = last
  }
  const { total, inDom } = await page.evaluate(() => ({
    total: Number(document.querySelector('main li[aria-setsize]')?.getAttribute('aria-setsize')),
    inDom: document.querySelectorAll('main article').length,
  }))
  return { scrolls, reached, total, inDom }
}
