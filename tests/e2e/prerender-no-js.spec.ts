import { titles } from './catalog-helpers.ts'
import { expect, test } from './support/test.ts'

// A browser without JavaScript (or a crawler that runs none) gets every page from its HTML.
test.use({
  javaScriptEnabled: false,
  // Chromium refuses `<link rel="modulepreload">` when scripts are off, and says so.
  allowFailedRequests: [/\/assets\/[^/]+\.js$/],
})

const main = (page: import('@playwright/test').Page) => page.getByRole('main')
const heading = (page: import('@playwright/test').Page) =>
  main(page).getByRole('heading', { level: 1 })

test('the home page shows its first episodes and filters, and its links work', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Podcast Episodes')
  await expect(page.getByRole('group', { name: 'Guests' })).toContainText('Ada Quillfeather')
  const list = page.getByRole('list', { name: 'Episodes' })
  await expect(list.getByRole('heading', { level: 2 }).first()).toHaveText(titles.edge)
  await list.getByRole('link', { name: titles.ebpf, exact: true }).click()
  await expect(page).toHaveURL(/\/episodes\/ebpf-for-the-curious$/)
  await expect(heading(page)).toHaveText(titles.ebpf)
})

test('an episode page shows its details and chapters, and leads to its people and show', async ({
  page,
}) => {
  await page.goto('/episodes/ebpf-for-the-curious')
  await expect(page).toHaveTitle(`${titles.ebpf} · Podcast Episodes`)
  await expect(heading(page)).toHaveText(titles.ebpf)
  const chapters = page.getByRole('list', { name: 'Chapters' })
  await expect(chapters).toContainText('Meet the Verifier')
  await expect(
    chapters.getByRole('link', { name: 'Link to chapter: Meet the Verifier' }),
  ).toHaveAttribute('href', '/episodes/ebpf-for-the-curious?t=36')
  await expect(main(page)).toContainText('About this episode')
  await main(page)
    .getByRole('list', { name: 'Guests' })
    .getByRole('link', { name: 'Ada Quillfeather', exact: true })
    .click()
  await expect(heading(page)).toHaveText('Ada Quillfeather')
  await expect(main(page).getByRole('list', { name: 'Episodes as guest' })).toContainText(
    titles.ebpf,
  )
  await main(page).getByRole('link', { name: 'Edge of the Stack' }).first().click()
  await expect(heading(page)).toHaveText('Edge of the Stack')
  await main(page).getByRole('link', { name: 'Rust' }).first().click()
  await expect(heading(page)).toHaveText('Rust')
  await expect(main(page).getByRole('list', { name: 'Episodes about Rust' })).toContainText(
    titles.rust,
  )
})

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(heading(page)).toHaveText('Page not found')
  await main(page).getByRole('link', { name: 'Browse all episodes' }).click()
  await expect(page).toHaveTitle('Podcast Episodes')
})

test('under a sub-path, pages and links carry the prefix', async ({ page }) => {
  const port = Number(process.env.E2E_PORT ?? 4311) + 2
  await page.goto(`http://127.0.0.1:${port}/podcast/technologies/rust`)
  await expect(heading(page)).toHaveText('Rust')
  await main(page).getByRole('link', { name: titles.ebpf, exact: true }).click()
  await expect(page).toHaveURL(`http://127.0.0.1:${port}/podcast/episodes/ebpf-for-the-curious`)
  await expect(heading(page)).toHaveText(titles.ebpf)
})
