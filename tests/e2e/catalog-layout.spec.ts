import type { CatalogIndex } from '../../src/content/documents.ts'
import {
  browseIndexFiles,
  defaultBrowseChunks,
} from '../../src/content/publish/browse-index/browse-index-files.ts'
import { compileCatalogIndex } from '../support/catalog-index.ts'
import { expectResults, filterGroup, titles } from './catalog-helpers.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

function withExtraGuests(catalog: CatalogIndex): CatalogIndex {
  const extras = Array.from({ length: 15 }, (_, i) => {
    const number = String(i + 1).padStart(2, '0')
    return {
      slug: `extra-${number}`,
      name: `Extra Guest ${number}`,
      count: 1,
      website: null,
      github: null,
      avatar: null,
    }
  })
  const [newest] = catalog.episodes
  if (newest) newest.guests.push(...extras.map((guest) => guest.slug))
  catalog.facets.guests.push(...extras)
  return catalog
}

test.describe('a group of more than 12 options', () => {
  test.use({ viewport: { width: 1280, height: 2400 } })

  test('shows the most used first, narrows by name and expands on demand', async ({ page }) => {
    // Fifteen more guests on the newest episode make the Guests group long: in the catalog
    // (the cards' names) and in the browse index built from it, whose head names only five
    // guests, so that the rest come from the group's tail part when the list needs them.
    // The sample catalog, compiled as the site's build compiled it.
    const catalog = compileCatalogIndex('episodes').then(withExtraGuests)
    let index: Promise<Map<string, string | Uint8Array>> | null = null
    await page.route('**/data/browse/**', async (route) => {
      index ??= catalog.then(
        (catalog) =>
          new Map(
            [...browseIndexFiles(catalog, { ...defaultBrowseChunks, headOptions: 5 })].map(
              ({ path, content }) => [path, content],
            ),
          ),
      )
      const path = new URL(route.request().url()).pathname.slice(1)
      const part = (await index).get(path)
      if (part === undefined) return route.fulfill({ status: 404, body: '' })
      return route.fulfill({
        body: typeof part === 'string' ? part : Buffer.from(part),
        contentType: path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      })
    })
    // The prerendered home page carries its first index parts; one opened in the app
    // fetches them all, through the route above.
    await page.goto('/404.html')
    await expectHydrated(page)
    await page.getByRole('link', { name: 'Browse all episodes' }).click()
    const guests = filterGroup(page, 'Guests')
    await expect(guests.getByRole('checkbox')).toHaveCount(12)
    await expect(guests.getByRole('checkbox').first()).toHaveAccessibleName('Ada Quillfeather (3)')
    await expect(guests.getByRole('checkbox', { name: /^Extra Guest 14/ })).toHaveCount(0)

    await guests.getByRole('searchbox', { name: 'Filter guests' }).fill('guest 14')
    await expect(guests.getByRole('checkbox')).toHaveCount(1)
    await guests.getByRole('checkbox', { name: 'Extra Guest 14 (1)' }).check()
    await expectResults(page, [titles.edge])
    await guests.getByRole('searchbox', { name: 'Filter guests' }).fill('')

    await guests.getByRole('button', { name: 'Show all 22 guests' }).click()
    await expect(guests.getByRole('checkbox')).toHaveCount(22)
    await guests.getByRole('button', { name: 'Show fewer guests' }).click()
    // The chosen option stays in view even past the first twelve.
    await expect(guests.getByRole('checkbox')).toHaveCount(13)
    await expect(guests.getByRole('checkbox', { name: /^Extra Guest 14/ })).toBeChecked()
  })
})

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })

  test('the filters fold behind a button and nothing overflows sideways', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: '8 episodes' })).toBeVisible()
    const toggle = page.getByRole('button', { name: 'Filters' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(filterGroup(page, 'Guests')).toBeHidden()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await filterGroup(page, 'Technologies')
      .getByRole('checkbox', { name: /^SQLite/ })
      .check()
    await expect(page.getByRole('status').filter({ hasText: '1 episode' })).toHaveText('1 episode')
    await expect(page.getByRole('button', { name: 'Filters (1 chosen)' })).toBeVisible()
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ])
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0)

    await page.goto('/episodes/observability-on-a-shoestring')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.observability)
    const episodeWidths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ])
    expect(episodeWidths[0]).toBeLessThanOrEqual(episodeWidths[1] ?? 0)
  })
})

test.describe('scrolling', () => {
  test.use({ viewport: { width: 1000, height: 600 } })

  test('a new page opens at its top and Back returns to the same place in the list', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: '8 episodes' })).toBeVisible()
    // The card is rendered only once the list is scrolled near it.
    await page.mouse.wheel(0, 900)
    const link = page.getByRole('link', { name: titles.databases, exact: true })
    await link.scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(500)
    await link.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.databases)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await expect(link).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(scrolled, -1)
  })
})
