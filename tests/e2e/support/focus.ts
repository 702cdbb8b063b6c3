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

const describeActive = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    if (!element) return 'nothing'
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60)
    return `<${element.tagName.toLowerCase()}> ${name ?? ''}`
  })

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking that every
 * element the focus lands on on the way shows it.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 120 } = {},
): Promise<void> {
  await expect(target).toBeAttached()
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const focused = await describeActive(page)
    expect(await focusIndicator(page), `visible focus on ${focused}`).not.toBeNull()
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} never received the focus after ${maxPresses} presses of Tab`)
}
