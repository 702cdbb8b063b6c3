import type { Locator, Page } from '@playwright/test'
import { expect } from './test.ts'

/** How the focused element shows its focus: an outline or a box-shadow ring, or nothing. */
export async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    const outline =
      style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
        ? `outline ${style.outlineStyle} ${style.outlineWidth}`
        : null
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '' ? 'box-shadow' : null
    return outline ?? shadow
  })
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking that every
 * element the focus lands on on the way shows it. One round trip per press
 * (press, then one look at the page), so that a busy machine does not slow it down
 * threefold.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 120 } = {},
): Promise<void> {
  await expect(target).toBeAttached()
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const landed = await target.evaluate((wanted) => {
      const element = document.activeElement
      if (!element || element === document.body) {
        return { reached: false, focused: 'nothing', indicator: null }
      }
      const style = getComputedStyle(element)
      const outline =
        style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
          ? `outline ${style.outlineStyle} ${style.outlineWidth}`
          : null
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '' ? 'box-shadow' : null
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60)
      return {
        reached: element === wanted,
        focused: `<${element.tagName.toLowerCase()}> ${name ?? ''}`,
        indicator: outline ?? shadow,
      }
    })
    expect(landed.indicator, `visible focus on ${landed.focused}`).not.toBeNull()
    if (landed.reached) return
  }
  throw new Error(`${target} never received the focus after ${maxPresses} presses of Tab`)
}
