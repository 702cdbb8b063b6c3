import { audioPlayer, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const path = '/episodes/ebpf-for-the-curious'

test('the episode header leads with the artwork, the show, the title and a prominent Play', async ({
  page,
}) => {
  await page.goto(path)
  const header = page.locator('main article > header')
  const artwork = header.locator('img').first()
  await expect(artwork).toHaveAttribute('alt', /Edge of the Stack artwork/)
  await expect
    .poll(() => artwork.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  await expect(header.getByRole('link', { name: 'Edge of the Stack' })).toHaveAttribute(
    'href',
    '/shows/edge-of-the-stack',
  )
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('eBPF for the Curious')
  await expect(header.locator('time')).toHaveCount(2)
  // Play comes before the chapters and the notes, in the header itself.
  await header.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(audioPlayer(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect(header.getByRole('button', { name: 'Add to queue' })).toBeVisible()
  await header.getByRole('button', { name: 'Share' }).click()
  await expect(
    header.getByRole('status').filter({ hasText: /Link copied|Copy this link/ }),
  ).toBeVisible()
})

test('the chapters open the body, with the guests, technologies and Subscribe beside', async ({
  page,
}) => {
  await page.goto(`/episodes/${seedEpisode.slug}`)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Chapters' })).toBeVisible()
  const aside = main.getByRole('complementary', { name: 'About the episode' })
  await expect(aside.getByRole('link', { name: seedEpisode.guest.name })).toBeVisible()
  await expect(aside.getByRole('link', { name: seedEpisode.technology.name })).toBeVisible()
  await expect(aside.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
    'href',
    /\/feeds\/cloud-native-compass\.xml$/,
  )
})

test('a guest with an avatar has it on the line of their name, inside the pill', async ({
  page,
}) => {
  await page.goto('/episodes/ebpf-for-the-curious')
  const guests = page.getByRole('list', { name: 'Guests' })
  const pill = guests.getByRole('link', { name: 'Ada Quillfeather' })
  const avatar = pill.locator('img')
  await expect(avatar).toBeVisible()
  const [outer, inner] = await Promise.all([pill.boundingBox(), avatar.boundingBox()])
  if (!outer || !inner) throw new Error('the pill or its avatar has no box')
  // One line: the pill is no taller than its avatar and a little padding.
  expect(outer.height).toBeLessThan(inner.height + 12)
  expect(inner.x).toBeGreaterThanOrEqual(outer.x)
  expect(inner.y).toBeGreaterThanOrEqual(outer.y)
  expect(inner.x + inner.width).toBeLessThan(outer.x + outer.width)
})

test.describe('without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    // Chromium refuses `<link rel="modulepreload">` when scripts are off, and says so.
    allowFailedRequests: [/\/assets\/[^/]+\.js$/],
  })

  test('the prerendered header has the artwork and Play', async ({ page }) => {
    await page.goto(path)
    const header = page.locator('main article > header')
    await expect(header.locator('img')).toHaveAttribute('alt', /Edge of the Stack artwork/)
    await expect(header.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  })
})
