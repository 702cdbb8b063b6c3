import { allTitles, expectResults, resultList, titles } from './catalog-helpers.ts'
import { holdRequests } from './support/held-requests.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

test.use({
  viewport: { width: 1280, height: 2400 },
})

const searchBox = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search episodes' })

test('searches titles, descriptions, chapters and guest names, forgiving typos', async ({
  page,
}) => {
  // The page's clock runs as usual, but the test can move it on to fire pending timers.
  await page.clock.install()
  await page.goto('/')
  await searchBox(page).fill('sqlit')
  await expectResults(page, [titles.databases])
  await searchBox(page).fill('immutible')
  await expectResults(page, [titles.images, titles.kairos])
  await searchBox(page).fill('quillfeather')
  await expectResults(page, [titles.ebpf, titles.wasm, titles.rust])
  await expect(page).toHaveURL(/\?q=quillfeather$/)
  await searchBox(page).fill('zzzzqqqq')
  await expect(page.getByText('No episodes match these filters.')).toBeVisible()
  // Clearing empties the search box as well as the filters.
  await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(searchBox(page)).toHaveValue('')
  await expectResults(page, allTitles)
  // Past the search box's 300 ms pause before the address follows it: a write
  // still pending from the typing would now have put `?q=` back.
  await page.clock.runFor(1_000)
  await expect(page).toHaveURL(/\/$/)
})

test('episodes with the searched words in their title come first, then newest first', async ({
  page,
}) => {
  await page.goto('/')
  // The Rust episode is the oldest; the other two only mention Rust.
  await searchBox(page).fill('rust')
  await expectResults(page, [titles.rust, titles.ebpf, titles.wasm])
  await searchBox(page).fill('rust tools')
  await expectResults(page, [titles.rust, titles.ebpf])
})

test('search combines with filters, lives in the URL and survives a reload', async ({ page }) => {
  await page.goto('/?q=kernel')
  await expectResults(page, [titles.ebpf, titles.observability])
  await page
    .getByRole('group', { name: 'Categories' })
    .getByRole('checkbox', { name: /^Review/ })
    .check()
  await expect(page).toHaveURL(/\?category=review&q=kernel$/)
  await expectResults(page, [titles.observability])
  await page.reload()
  await expect(searchBox(page)).toHaveValue('kernel')
  await expectResults(page, [titles.observability])
  await page.goBack()
  await expect(searchBox(page)).toHaveValue('kernel')
  await expectResults(page, [titles.ebpf, titles.observability])
})

test('a hit in a chapter title opens the episode at that moment', async ({ page }) => {
  await page.goto('/')
  await searchBox(page).fill('verifir')
  await expectResults(page, [titles.ebpf])
  const chapterLink = resultList(page).getByRole('link', { name: /Meet the Verifier/ })
  await expect(chapterLink).toHaveAttribute('href', '/episodes/ebpf-for-the-curious?t=36')
  await chapterLink.click()
  await expect(page).toHaveURL(/\/episodes\/ebpf-for-the-curious\?t=36$/)
  await expect(page.getByRole('heading', { level: 1, name: titles.ebpf })).toBeVisible()
})

test('the search code and index load only when search is used', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/')
  await expect(resultList(page)).toBeVisible()
  expect(requested.filter((path) => /search/.test(path))).toEqual([])
  await searchBox(page).focus()
  await expect
    .poll(() => requested.some((path) => path.endsWith('/data/search/meta.json')))
    .toBe(true)
  await expect
    .poll(() => requested.some((path) => /\/assets\/static-search-.*\.js$/.test(path)))
    .toBe(true)
  // The static index replaces the whole search document.
  expect(requested.filter((path) => path.endsWith('/data/search.json'))).toEqual([])
})

test('a word said only in a transcript, or in a chapter title, leads to its moment with the words marked', async ({
  page,
}) => {
  await page.goto('/')
  await searchBox(page).fill('lighthouse')
  await expectResults(page, [titles.databases])
  const card = page.getByRole('article', { name: titles.databases })
  // The episode's title stays the result's title; the passage that says the word links to it.
  await expect(card.getByRole('link', { name: titles.databases, exact: true })).toHaveAttribute(
    'href',
    '/episodes/tiny-databases-big-ideas',
  )
  await expect(card).toContainText('In transcript')
  const passage = card.getByRole('link', { name: /lighthouse keeper/ })
  await expect(passage).toHaveAttribute('href', '/episodes/tiny-databases-big-ideas?t=55')
  await expect(passage.locator('mark')).toHaveText(['lighthouse'])

  await searchBox(page).fill('verifier')
  await expectResults(page, [titles.ebpf])
  const chapter = resultList(page).getByRole('link', { name: 'Meet the Verifier (0:36)' })
  await expect(chapter.locator('mark')).toHaveText(['Verifier'])
  await chapter.click()
  await expect(page).toHaveURL(/\/episodes\/ebpf-for-the-curious\?t=36$/)
  await expect(page.getByRole('heading', { level: 1, name: titles.ebpf })).toBeVisible()

  await page.goBack()
  await searchBox(page).fill('lighthouse')
  await page.getByRole('link', { name: /lighthouse keeper/ }).click()
  await expect(page).toHaveURL(/\/episodes\/tiny-databases-big-ideas\?t=55$/)
  await expect(page.getByRole('heading', { level: 1, name: titles.databases })).toBeVisible()
})

test('clearing from the empty state by keyboard leaves the focus in the search box', async ({
  page,
}) => {
  await page.goto('/?q=zzzzqqqq')
  const clear = page
    .getByRole('main')
    .getByText('No episodes match these filters.')
    .locator('..')
    .getByRole('button', { name: 'Clear filters' })
  await clear.focus()
  await page.keyboard.press('Enter')
  await expectResults(page, allTitles)
  await expect(searchBox(page)).toBeFocused()
  await expect(searchBox(page)).toHaveValue('')
})

test('a search shows its results before the filter counts, which follow', async ({ page }) => {
  await page.goto('/')
  await expectHydrated(page)
  // The facet rows that the counts under a search need wait until the results are shown.
  const parts = await holdRequests(page, /\/data\/browse\/[0-9a-f]{12}\/.*rows-\d+\.bin$/)
  const filters = page.getByRole('region', { name: 'Filters' })
  const ada = page
    .getByRole('group', { name: 'Guests' })
    .getByRole('checkbox', { name: /^Ada Quillfeather/ })
  await expect(ada).toHaveAccessibleName('Ada Quillfeather (3)')
  await searchBox(page).fill('sqlit')
  await expectResults(page, [titles.databases])
  await expect.poll(() => parts.held).toBeGreaterThan(0)
  // Until the counts arrive, the panel says they are the previous ones.
  await expect(filters).toHaveAttribute('aria-busy', 'true')
  await expect(ada).toHaveAccessibleName('Ada Quillfeather (3)')
  parts.release()
  await expect(filters).toHaveAttribute('aria-busy', 'false')
  // Ada is not a guest of the episode found: with no episode to give, her option goes.
  await expect(ada).toHaveCount(0)
})
