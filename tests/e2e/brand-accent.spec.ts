import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe.ts'
import { openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

/** The accent the browser computes for the element, as rgb(). */
const accentOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const probe = document.createElement('span')
      probe.style.color = 'var(--color-accent)'
      element.append(probe)
      const colour = getComputedStyle(probe).color
      probe.remove()
      return colour
    })

// The sample: site.yaml gives the site #6d28d9; Cloud Native Compass's entry gives it
// #0f766e; Edge of the Stack's comes from its artwork.
test('the accents of site.yaml, of a show entry and of an artwork are applied where they belong', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openPage(page, '/')
  expect(await accentOf(page, 'main')).toBe('rgb(109, 40, 217)')
  await openPage(page, '/shows/cloud-native-compass')
  expect(await accentOf(page, 'main [data-accent]')).toBe('rgb(15, 118, 110)')
  await openPage(page, '/shows/edge-of-the-stack')
  const derived = await accentOf(page, 'main [data-accent]')
  expect(derived).not.toBe('rgb(109, 40, 217)')
  expect(derived).not.toBe('rgb(3, 105, 161)')
})

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme chosen with the switch`, () => {
    test.beforeEach(async ({ page }) => {
      // The opposite system setting: the choice must win over it.
      await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' })
      await page.addInitScript(
        (chosen) => localStorage.setItem('podcast-player:theme', chosen),
        theme,
      )
    })

    for (const path of [
      '/',
      '/shows/cloud-native-compass',
      '/shows/edge-of-the-stack',
      '/episodes/ebpf-for-the-curious',
      '/episodes/rust-command-line-tools-that-spark-joy',
    ]) {
      test(`${path} has no axe violations, contrast included`, async ({ page }) => {
        await openPage(page, path)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await expectNoAxeViolations(page, `${path} (${theme})`)
      })
    }
  })
}
