import type { Page } from '@playwright/test'
import { openPage, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const themeSwitch = (page: Page) => page.getByRole('group', { name: 'Theme' })

/** The page's canvas colour, as the browser computes it. */
const canvas = (page: Page) =>
  page
    .locator('#root > div')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor)

test.describe('the theme switch', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
  })

  test('Dark is remembered and painted from the first frame after a reload, without the app', async ({
    page,
  }) => {
    await openPage(page, `/episodes/${seedEpisode.slug}`)
    const light = await canvas(page)
    await expect(themeSwitch(page).getByRole('button', { name: 'System theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await themeSwitch(page).getByRole('button', { name: 'Dark theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect.poll(() => canvas(page)).not.toBe(light)
    const dark = await canvas(page)

    // Without the app's scripts, what shows is what the first paint shows: the HTML, the
    // stylesheet and the small theme script in the head.
    await page.route('**/assets/*.js', (route) => route.abort('aborted'))
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await canvas(page)).toBe(dark)
  })

  test('the app shows the remembered choice, and System hands back to the system setting', async ({
    page,
  }) => {
    await openPage(page, '/')
    await themeSwitch(page).getByRole('button', { name: 'Dark theme' }).click()
    await page.reload()
    await expect(themeSwitch(page).getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await themeSwitch(page).getByRole('button', { name: 'System theme' }).click()
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
    const systemLight = await canvas(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => canvas(page)).not.toBe(systemLight)
    await page.reload()
    await expect(themeSwitch(page).getByRole('button', { name: 'System theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  test('Light wins over a dark system setting, and is reached by keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openPage(page, '/')
    const dark = await canvas(page)
    await themeSwitch(page).getByRole('button', { name: 'Light theme' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect.poll(() => canvas(page)).not.toBe(dark)
  })
})
