import { resultTitles, titles } from './catalog-helpers.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

test.use({ viewport: { width: 1280, height: 2400 } })

const main = (page: import('@playwright/test').Page) => page.getByRole('main')

test('an episode page shows its details and links to its people, technologies and show', async ({
  page,
}) => {
  await page.goto('/')
  await main(page).getByRole('link', { name: titles.wasm, exact: true }).click()
  await expect(page).toHaveURL(/\/episodes\/webassembly-outside-the-browser$/)
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(titles.wasm)
  await expect(page).toHaveTitle(`${titles.wasm} · Podcast Episodes`)
  await expect(main(page).getByRole('link', { name: 'Byte-Sized Builders' })).toHaveAttribute(
    'href',
    '/shows/byte-sized-builders',
  )
  await expect(main(page).locator('time').first()).toHaveText(/\d{4}$/)
  await expect(main(page).getByText('5 min')).toBeVisible()
  const guests = main(page).getByRole('list', { name: 'Guests' })
  // Each guest link shows an avatar or decorative initials before the name.
  await expect(guests.getByRole('link')).toHaveCount(2)
  await expect(guests.getByRole('link').first()).toHaveAccessibleName('Ada Quillfeather')
  await expect(guests.getByRole('link').last()).toHaveAccessibleName('Tomas Brightwater')
  const technologies = main(page).getByRole('list', { name: 'Technologies' })
  await expect(technologies.getByRole('link')).toHaveText(['WebAssembly', 'Rust', 'Kubernetes'])
  await expect(main(page).getByRole('heading', { name: 'About this episode' })).toBeVisible()
  await expect(
    main(page).getByRole('list', { name: 'Chapters' }).getByRole('listitem'),
  ).toHaveCount(5)

  await guests.getByRole('link', { name: 'Tomas Brightwater' }).click()
  await expect(page).toHaveURL(/\/people\/tomas-brightwater$/)
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Tomas Brightwater')
})

test('a person page lists their episodes as guest and the shows they host', async ({ page }) => {
  await page.goto('/people/ada-quillfeather')
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Ada Quillfeather')
  await expect(page).toHaveTitle('Ada Quillfeather · Podcast Episodes')
  await expect
    .poll(() =>
      main(page)
        .getByRole('list', { name: 'Episodes as guest' })
        .getByRole('heading', { level: 3 })
        .allTextContents(),
    )
    .toEqual([titles.ebpf, titles.wasm, titles.rust])

  await page.goto('/people/robin-patchwell')
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Robin Patchwell')
  await expect(main(page).getByRole('heading', { name: 'Hosts' })).toBeVisible()
  await main(page)
    .getByRole('region', { name: 'Hosts' })
    .getByRole('link', { name: 'Byte-Sized Builders' })
    .click()
  await expect(page).toHaveURL(/\/shows\/byte-sized-builders$/)
})

test('a technology page lists its episodes', async ({ page }) => {
  await page.goto('/technologies/kairos')
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Kairos')
  await expect(main(page).getByText('2 episodes')).toBeVisible()
  await expect
    .poll(() =>
      main(page)
        .getByRole('list', { name: 'Episodes about Kairos' })
        .getByRole('heading', { level: 3 })
        .allTextContents(),
    )
    .toEqual([titles.images, titles.kairos])
})

test('a show page lists its episodes and hosts', async ({ page }) => {
  await page.goto('/shows/edge-of-the-stack')
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Edge of the Stack')
  await expect(main(page).getByRole('link', { name: 'Noor Halvorsen' })).toBeVisible()
  await expect
    .poll(() =>
      main(page)
        .getByRole('list', { name: 'Episodes' })
        .getByRole('heading', { level: 3 })
        .allTextContents(),
    )
    .toEqual([titles.edge, titles.ebpf, titles.observability])
})

test.describe('an unknown episode', () => {
  test.use({
    allowFailedRequests: [/\/data\/episodes\/no-such-episode\.json$/],
    allowConsoleErrors: [/404 \(Not Found\)/],
  })

  test('shows the not-found page', async ({ page }) => {
    await page.goto('/episodes/no-such-episode')
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page).toHaveTitle('Page not found · Podcast Episodes')
  })
})

test.describe('unknown addresses', () => {
  // An unknown person, technology or show is known by its document's 404.
  test.use({
    allowFailedRequests: [/\/data\/(people|technologies|shows)\/[a-z]+\.json$/],
    allowConsoleErrors: [/404/],
  })

  test('unknown routes and unknown slugs show the not-found page', async ({ page }) => {
    for (const path of ['/no/such/page', '/people/nobody', '/technologies/cobol', '/shows/none']) {
      await page.goto(path)
      await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await expect(page).toHaveTitle('Page not found · Podcast Episodes')
    }
    await main(page).getByRole('link', { name: 'Browse all episodes' }).click()
    await expect.poll(() => resultTitles(page)).toContain(titles.edge)
  })
})

test.describe('a failed fetch', () => {
  test.use({
    allowFailedRequests: [/\/data\/home\.json$/],
    allowConsoleErrors: [/500/],
  })

  test('shows a message and recovers with Retry', async ({ page }) => {
    let failures = 3
    await page.route('**/data/home.json', (route) =>
      failures-- > 0 ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
    )
    // A prerendered home page carries its documents: fail the fetch of a page opened in the app.
    await page.goto('/episodes/ebpf-for-the-curious')
    await expectHydrated(page)
    await page.getByRole('banner').getByRole('link', { name: 'Podcast Episodes' }).click()
    const alert = main(page).getByRole('alert')
    await expect(alert).toContainText('Could not load the episodes')
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect.poll(() => resultTitles(page)).toContain(titles.edge)
  })
})

test.describe('under a sub-path', () => {
  test('a deep link reloads under a sub-path', async ({ page }) => {
    const port = Number(process.env.E2E_PORT ?? 4311) + 2
    await page.goto(`http://127.0.0.1:${port}/podcast/technologies/rust?x=1`)
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Rust')
    await main(page).getByRole('link', { name: titles.ebpf, exact: true }).click()
    await expect(page).toHaveURL(`http://127.0.0.1:${port}/podcast/episodes/ebpf-for-the-curious`)
    await page.reload()
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(titles.ebpf)
    await page.goto(`http://127.0.0.1:${port}/podcast/?technology=rust&guest=ada-quillfeather`)
    await expect.poll(() => resultTitles(page)).toEqual([titles.ebpf, titles.wasm, titles.rust])
  })
})

test('hovering or focusing a card prefetches its episode document', async ({ page }) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: titles.databases })
  const hovered = page.waitForRequest(/\/data\/episodes\/tiny-databases-big-ideas\.json$/)
  await card.hover()
  await hovered
  const focused = page.waitForRequest(/\/data\/episodes\/webassembly-at-the-edge\.json$/)
  await page.getByRole('link', { name: titles.edge, exact: true }).focus()
  await focused
  // The page then opens from the cache, without a skeleton.
  await page.getByRole('link', { name: titles.databases, exact: true }).click()
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(titles.databases)
})
