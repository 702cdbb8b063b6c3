import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { applyFilters } from '../../src/features/catalog/filters/apply-filters.ts'
import {
  buildCatalogModel,
  type CatalogModel,
  slugsOf,
} from '../../src/features/catalog/filters/catalog-model.ts'
import {
  emptyFilters,
  type FilterGroup,
  type FilterSelection,
  filterGroups,
} from '../../src/features/catalog/filters/filter-state.ts'
import { LARGE_PORT } from '../playwright.config.ts'
import { compileCatalogIndex } from '../support/catalog-index.ts'
import {
  LARGE_CATALOG_DIR,
  LARGE_CATALOG_EPISODES,
  largeCatalogMarkers,
} from '../support/large-catalog.ts'
import { filterGroup, resultCount, resultList } from './catalog-helpers.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { expectHydrated, watchRequests } from './support/hydration.ts'
import { watchLayoutShift } from './support/layout-shift.ts'
import { expect, test } from './support/test.ts'

// A generated catalog of a few thousand episodes, built like any other (tests/support/large-catalog.ts).
test.use({ baseURL: `http://127.0.0.1:${LARGE_PORT}` })

const legends: Record<FilterGroup, string> = {
  guests: 'Guests',
  technologies: 'Technologies',
  shows: 'Shows',
  categories: 'Categories',
}

let compiled: Promise<CatalogModel> | null = null

/** The catalog the site was built from, compiled as its build compiled it (once per worker). */
function catalogModel(): Promise<CatalogModel> {
  compiled ??= compileCatalogIndex(LARGE_CATALOG_DIR).then(buildCatalogModel)
  return compiled
}

/**
 * The guest or technology with the most episodes, where its page is, what its list is
 * called, and its episodes' titles in its order (newest first), as the documents say.
 */
function largestCollection(model: CatalogModel) {
  const [group, option] = (['guests', 'technologies'] as const)
    .flatMap((group) => model.groups[group].options.map((option) => [group, option] as const))
    .reduce((most, entry) => (entry[1].total > most[1].total ? entry : most))
  const titles = model.episodes
    .filter((episode) => slugsOf(episode, group).includes(option.slug))
    .map((episode) => episode.title)
  return {
    name: option.name,
    path: `/${group === 'guests' ? 'people' : 'technologies'}/${option.slug}`,
    heading: group === 'guests' ? 'Episodes as guest' : `Episodes about ${option.name}`,
    titles,
    pages: Math.ceil(titles.length / 24),
  }
}

/** Every option the panel shows, by name, with the count it shows. */
async function shownCounts(page: Page, group: FilterGroup): Promise<Map<string, number>> {
  const names = await filterGroup(page, legends[group])
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))
  return new Map(
    names.map((text) => {
      const match = /^(.*)\((\d+)\)$/.exec(text.trim())
      return [match?.[1]?.trim() ?? text, Number(match?.[2])]
    }),
  )
}

test('the catalog is the generated one, newest first, with its size in the count', async ({
  page,
}) => {
  const model = await catalogModel()
  await page.goto('/')
  await expectHydrated(page)
  const published = model.episodes.length
  expect(published).toBeGreaterThanOrEqual(LARGE_CATALOG_EPISODES)
  await expect(resultCount(page)).toHaveText(`${published.toLocaleString('en-US')} episodes`)
})

test('counts under filters equal those computed from the documents', async ({ page }) => {
  const model = await catalogModel()
  // A selection across three groups that still matches episodes: taken from one old episode.
  const sample = model.episodes[Math.floor(model.episodes.length * 0.6)]
  expect(sample?.show).toBeTruthy()
  const selection: FilterSelection = {
    ...emptyFilters,
    shows: [sample?.show ?? ''],
    technologies: (sample?.technologies ?? []).slice(0, 2),
    categories: sample?.category ? [sample.category] : [],
  }
  const params = new URLSearchParams()
  for (const slug of selection.shows) params.append('show', slug)
  for (const slug of selection.technologies) params.append('technology', slug)
  for (const slug of selection.categories) params.append('category', slug)
  await page.goto(`/?${params}`)
  await expectHydrated(page)

  const expected = applyFilters(model, selection)
  const total = expected.episodes.length
  await expect(resultCount(page)).toHaveText(`${total} ${total === 1 ? 'episode' : 'episodes'}`)
  for (const group of filterGroups) {
    const options = model.groups[group].options
    const want = new Map(options.map((option, i) => [option.name, expected.counts[group][i] ?? 0]))
    await expect
      .poll(
        async () => {
          const shown = await shownCounts(page, group)
          return [...shown].filter(([name, count]) => want.get(name) !== count)
        },
        { message: `${group}: options whose count differs from the documents'` },
      )
      .toEqual([])
    expect((await shownCounts(page, group)).size).toBeGreaterThan(0)
  }
})

test('the home page ships its first page, not the catalog: under 60 kB gzip', async ({ page }) => {
  const response = await page.request.get('/', { headers: { 'accept-encoding': 'identity' } })
  const html = await response.body()
  expect(gzipSync(html).length).toBeLessThan(60_000)
  const model = await catalogModel()
  // Every episode's title would be in a page that held the catalog.
  const oldest = model.episodes.at(-1)?.title ?? ''
  expect(oldest).not.toBe('')
  expect(html.toString('utf8')).not.toContain(oldest)
})

test('search finds a word said only in one transcript, one chapter title and one guest name, and leads to the moment', async ({
  page,
}) => {
  const { transcript, chapter, guest } = largeCatalogMarkers
  await page.goto('/')
  await expectHydrated(page)
  const search = page.getByRole('searchbox', { name: 'Search episodes' })

  await search.fill(transcript.word)
  await expect(resultCount(page)).toHaveText('1 episode')
  const said = resultList(page).getByRole('link', { name: new RegExp(transcript.word) })
  await expect(said.locator('mark')).toHaveText([transcript.word])
  await expect(said).toHaveAttribute('href', `/episodes/${transcript.slug}?t=${transcript.seconds}`)

  await search.fill(chapter.word)
  await expect(resultCount(page)).toHaveText('1 episode')
  const titled = resultList(page).getByRole('link', { name: new RegExp(chapter.word) })
  await expect(titled.locator('mark')).toHaveText([chapter.word])
  await expect(titled).toHaveAttribute('href', `/episodes/${chapter.slug}?t=${chapter.seconds}`)

  await search.fill(guest.name.split(' ')[1] ?? '')
  await expect(resultCount(page)).toHaveText('1 episode')
  await resultList(page).getByRole('link', { name: 'Notes from the Mountain', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/episodes/${guest.slug}$`))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Notes from the Mountain' }),
  ).toBeVisible()

  await page.goBack()
  await search.fill(transcript.word)
  await resultList(page)
    .getByRole('link', { name: new RegExp(transcript.word) })
    .click()
  await expect(page).toHaveURL(
    new RegExp(`/episodes/${transcript.slug}\\?t=${transcript.seconds}$`),
  )
  await expect(page.getByRole('heading', { level: 1, name: 'Tuning the Archive' })).toBeVisible()
})

test('a focused card keeps the focus while the list scrolls far past it', async ({ page }) => {
  const model = await catalogModel()
  await page.goto('/')
  await expectHydrated(page)
  const first = resultList(page)
    .getByRole('link', { name: model.episodes[0]?.title ?? '', exact: true })
    .first()
  await first.focus()
  await expect(first).toBeFocused()
  // Wheel down, as a reader does, until cards two pages on are drawn and the middle ones are not.
  const later = resultList(page).locator('li[aria-posinset="60"]')
  await expect(async () => {
    await page.mouse.wheel(0, 4000)
    await expect(later).toBeAttached({ timeout: 1_000 })
  }).toPass()
  await expect(resultList(page).locator('li[aria-posinset="12"]')).toHaveCount(0)
  await expect(first).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.locator('body')).not.toBeFocused()
})

test("a guest's or technology's page 2 hydrates from what it carries, and its pager moves in the app", async ({
  page,
}) => {
  const model = await catalogModel()
  const { name, path, heading, titles, pages } = largestCollection(model)
  expect(pages).toBeGreaterThan(3)
  const requests = watchRequests(page)
  await page.goto(`${path}/page/2`)
  await expectHydrated(page)
  expect(requests.data, 'data fetched by the prerendered page').toEqual([])
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Older episodes' })
    .click()
  await expect(page).toHaveURL(new RegExp(`${path}/page/3$`))
  // The app draws the cards in view: the first and, once scrolled to, the last of the 24.
  const third = page.getByRole('list', { name: `${heading}, page 3 of ${pages}` })
  const card = (position: number) => third.locator(`li[aria-posinset="${position}"]`)
  await expect(card(1)).toHaveAttribute('aria-setsize', '24')
  await expect(card(1).getByRole('heading', { level: 3 })).toHaveText(titles[48] ?? '')
  await expect(async () => {
    await page.mouse.wheel(0, 4000)
    await expect(card(24)).toBeAttached({ timeout: 1_000 })
  }).toPass()
  await expect(card(24).getByRole('heading', { level: 3 })).toHaveText(titles[71] ?? '')
  await expect(page).toHaveTitle(`${name}, page 3 · ${model.catalog.site.title}`)
  expect(requests.documents, 'the link was followed by the app, not the browser').toEqual([
    `${path}/page/2`,
  ])
})

test.describe('without JavaScript', () => {
  // With scripts off, the browser refuses the pages' module preloads.
  test.use({ javaScriptEnabled: false, allowFailedRequests: [/\/assets\/[^/]+\.js$/] })

  test('the first page is readable and the next pages are real links', async ({ page }) => {
    const model = await catalogModel()
    const pages = Math.ceil(model.episodes.length / 24)
    await page.goto('/')
    const titles = () => resultList(page).getByRole('heading', { level: 2 }).allTextContents()
    expect(await titles()).toEqual(model.episodes.slice(0, 24).map((episode) => episode.title))
    const pager = page.getByRole('navigation', { name: 'Pages' })
    await expect(pager).toContainText(`Page 1 of ${pages}`)
    await pager.getByRole('link', { name: 'Older episodes' }).click()
    await expect(page).toHaveURL(/\/page\/2\/?$/)
    const second = page.getByRole('list', { name: `Episodes, page 2 of ${pages}` })
    await expect(second.getByRole('heading', { level: 2 })).toHaveText(
      model.episodes.slice(24, 48).map((episode) => episode.title),
    )
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Newer episodes' })
      .click()
    await expect(page).toHaveURL(/\/$/)
    await page.goto(`/page/${pages}/`)
    await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(
      `Page ${pages} of ${pages}`,
    )
    await expect(page.getByRole('link', { name: 'Older episodes' })).toHaveCount(0)
  })

  test("a guest's or technology's episodes read page by page by real links", async ({ page }) => {
    const model = await catalogModel()
    const { name, path, heading, titles, pages } = largestCollection(model)
    expect(pages).toBeGreaterThan(3)
    const pager = page.getByRole('navigation', { name: 'Pages' })
    const cards = (list: string) =>
      page.getByRole('list', { name: list, exact: true }).getByRole('heading', { level: 3 })
    await page.goto(path)
    await expect(cards(heading)).toHaveText(titles.slice(0, 24))
    await expect(pager).toContainText(`Page 1 of ${pages}`)
    await pager.getByRole('link', { name: 'Older episodes' }).click()
    await expect(page).toHaveURL(new RegExp(`${path}/page/2/?$`))
    await expect(page).toHaveTitle(`${name}, page 2 · ${model.catalog.site.title}`)
    await expect(cards(`${heading}, page 2 of ${pages}`)).toHaveText(titles.slice(24, 48))
    await pager.getByRole('link', { name: 'Newer episodes' }).click()
    await expect(page).toHaveURL(new RegExp(`${path}/?$`))
    await page.goto(`${path}/page/${pages}/`)
    await expect(pager).toContainText(`Page ${pages} of ${pages}`)
    await expect(cards(`${heading}, page ${pages} of ${pages}`)).toHaveText(
      titles.slice((pages - 1) * 24),
    )
    await expect(pager.getByRole('link', { name: 'Older episodes' })).toHaveCount(0)
    // Its name leads back to its page; a page past the last is not found.
    await page.getByRole('heading', { level: 1 }).getByRole('link', { name }).click()
    await expect(page).toHaveURL(new RegExp(`${path}/?$`))
    await page.goto(`${path}/page/${pages + 1}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })
})

test.describe('later pages, at 390 px', () => {
  test.use({ viewport: { width: 390, height: 800 } })

  test("the list's and a collection's page 2 shift nothing when the app takes them over, and axe finds nothing", async ({
    page,
  }) => {
    const { path } = largestCollection(await catalogModel())
    // Measured again from each page's load.
    const layoutShift = await watchLayoutShift(page)
    for (const address of ['/page/2', `${path}/page/2`]) {
      await page.goto(address)
      await expectHydrated(page)
      await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible()
      const shift = await layoutShift()
      console.log(`CLS, ${address} at 390 px: ${shift.toFixed(4)}`)
      expect(shift, address).toBeLessThanOrEqual(0.02)
      await expectNoAxeViolations(page, address)
    }
  })
})
