import { titles } from './catalog-helpers.ts'
import { expectHydrated, watchRequests } from './support/hydration.ts'
import { watchLayoutShift } from './support/layout-shift.ts'
import { audioPlayer } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// Each page arrives prerendered with the documents it shows: the app takes it over (a
// mismatch would log a console error and fail the test) and fetches none of them again.
// A transcript is the one exception: the page holds it as HTML only, and the app
// fetches its document once, before taking the page over.
const transcriptOf = (slug: string, base = '') => [`${base}/data/transcripts/${slug}.json`]
const pages = [
  {
    kind: 'episode',
    path: '/episodes/ebpf-for-the-curious',
    next: 'Ada Quillfeather',
    fetched: transcriptOf('ebpf-for-the-curious'),
  },
  { kind: 'person', path: '/people/ada-quillfeather', next: titles.ebpf, fetched: [] },
  { kind: 'technology', path: '/technologies/rust', next: titles.ebpf, fetched: [] },
  { kind: 'show', path: '/shows/edge-of-the-stack', next: titles.ebpf, fetched: [] },
]

const main = (page: import('@playwright/test').Page) => page.getByRole('main')

for (const { kind, path, next, fetched } of pages) {
  test(`the ${kind} page hydrates without fetching its data, then navigates in the app`, async ({
    page,
  }) => {
    const requests = watchRequests(page)
    await page.goto(path)
    await expectHydrated(page)
    expect(requests.data, 'data documents fetched by the prerendered page').toEqual(fetched)
    await main(page).getByRole('link', { name: next, exact: true }).first().click()
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(next)
    expect(requests.documents, 'the link was followed by the app, not the browser').toEqual([path])
  })
}

test('the home page hydrates without fetching the catalog; filters read the browse index', async ({
  page,
}) => {
  const requests = watchRequests(page)
  await page.goto('/')
  await expectHydrated(page)
  const count = page.getByRole('status').filter({ hasText: /episodes?$/ })
  await expect(count).toHaveText('8 episodes')
  await page
    .getByRole('group', { name: 'Technologies' })
    .getByRole('checkbox', { name: /^Rust/ })
    .check()
  await expect(page).toHaveURL(/\?technology=rust$/)
  await expect(count).not.toHaveText('8 episodes')
  // A filter reads the parts of the static browse index it needs, never the catalog again.
  expect(requests.data.filter((path) => !path.startsWith('/data/browse/'))).toEqual([])
  // Under the folder of the build the page's entry part names.
  expect(
    requests.data.some((path) =>
      /^\/data\/browse\/[0-9a-f]{12}\/technologies\/\d+\.bin$/.test(path),
    ),
  ).toBe(true)
  expect(requests.documents).toEqual(['/'])
})

test('a link to a moment hydrates, then cues the episode at that time', async ({ page }) => {
  const requests = watchRequests(page)
  await page.goto('/episodes/ebpf-for-the-curious?t=84')
  await expectHydrated(page)
  // The server rendered the page without its query: the app reads it once it has taken over.
  const seek = audioPlayer(page).getByRole('slider', { name: 'Seek' })
  await expect(seek).toHaveAttribute('aria-valuenow', '84')
  expect(requests.data).toEqual(transcriptOf('ebpf-for-the-curious'))
})

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport })

    test('taking over the home page shifts nothing (CLS ≤ 0.02)', async ({ page }) => {
      const layoutShift = await watchLayoutShift(page)
      await page.goto('/')
      await expectHydrated(page)
      // Measured cards are placed by the window list: the step after which nothing moves.
      await expect(page.getByRole('list', { name: 'Episodes' })).toHaveClass('relative')
      const shift = await layoutShift()
      console.log(`CLS, home page at ${viewport.width} px: ${shift.toFixed(4)}`)
      expect(shift).toBeLessThanOrEqual(0.02)
    })

    test('taking over an episode page shifts nothing (CLS ≤ 0.02)', async ({ page }) => {
      const layoutShift = await watchLayoutShift(page)
      await page.goto(
        '/episodes/navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist',
      )
      await expectHydrated(page)
      await expect(page.getByRole('button', { name: /^Play/ }).first()).toBeEnabled()
      const shift = await layoutShift()
      console.log(`CLS, episode page at ${viewport.width} px: ${shift.toFixed(4)}`)
      expect(shift).toBeLessThanOrEqual(0.02)
    })
  })
}

test.describe('under a sub-path', () => {
  test('a prerendered page hydrates and navigates under /podcast/', async ({ page }) => {
    const port = Number(process.env.E2E_PORT ?? 4311) + 2
    const requests = watchRequests(page)
    // Some hosts redirect a folder to its trailing slash: the app reads both alike.
    await page.goto(`http://127.0.0.1:${port}/podcast/episodes/ebpf-for-the-curious/`)
    await expectHydrated(page)
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(titles.ebpf)
    expect(requests.data).toEqual(transcriptOf('ebpf-for-the-curious', '/podcast'))
    await main(page)
      .getByRole('list', { name: 'Guests' })
      .getByRole('link', { name: 'Ada Quillfeather', exact: true })
      .click()
    await expect(page).toHaveURL(`http://127.0.0.1:${port}/podcast/people/ada-quillfeather`)
    await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Ada Quillfeather')
    expect(requests.documents).toEqual(['/podcast/episodes/ebpf-for-the-curious/'])
  })
})
