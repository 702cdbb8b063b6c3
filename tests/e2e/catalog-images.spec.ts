import type { Locator, Page } from '@playwright/test'
import { HOSTILE_PORT } from '../playwright.config.ts'
import { filterGroup } from './catalog-helpers.ts'
import { expectNothingRan, setScriptTraps } from './support/hostile-traps.ts'
import { audioPlayer, openPage, playFromEpisodePage, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const main = (page: Page) => page.getByRole('main')
const builders = {
  alt: 'Byte-Sized Builders artwork, the letters BSB on a rust and pink gradient',
  // The artwork file (1400 px, kept for the feeds) as a copy of the size the pages use.
  src: /^\/assets\/images\/byte-sized-builders-160-[0-9a-f]{8}\.webp$/,
}

/** Waits until the image has loaded, and gives its pixel width. */
async function loadedWidth(image: Locator): Promise<number> {
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true)
  return image.evaluate((img: HTMLImageElement) => img.naturalWidth)
}

test('a show page leads with its artwork, a card and the player bar show it too', async ({
  page,
}) => {
  await openPage(page, '/shows/byte-sized-builders')
  const artwork = main(page).getByRole('img', { name: builders.alt })
  await expect(artwork).toHaveAttribute('src', builders.src)
  await expect(artwork).toHaveAttribute('width', '160')
  await expect(artwork).toHaveAttribute(
    'srcset',
    /160-[0-9a-f]{8}\.webp 1x, \/assets\/images\/byte-sized-builders-320-[0-9a-f]{8}\.webp 2x$/,
  )
  expect(await loadedWidth(artwork)).toBe(160)

  // Cards show it beside their title, decorative (the show's name is on the card).
  const card = main(page).getByRole('article').first()
  const thumbnail = card.locator('img')
  await expect(thumbnail).toHaveAttribute('src', builders.src)
  await expect(thumbnail).toHaveAttribute('alt', '')
  await expect(thumbnail).toHaveAttribute('loading', 'lazy')
  expect(await loadedWidth(thumbnail)).toBe(160)

  await card.getByRole('link').first().click()
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible()
  await playFromEpisodePage(page)
  const barArtwork = audioPlayer(page).locator('img')
  await expect(barArtwork).toHaveAttribute('src', builders.src)
  expect(await loadedWidth(barArtwork)).toBe(160)
})

test('a technology page shows its icon, description and links; the filter shows icons', async ({
  page,
}) => {
  await openPage(page, '/technologies/rust')
  const icon = main(page).getByRole('img', { name: 'Rust logo' })
  await expect(icon).toHaveAttribute('src', /^\/assets\/content\/rust-icon-[0-9a-f]{8}\.svg$/)
  expect(await loadedWidth(icon)).toBe(64)
  await expect(main(page).getByRole('region', { name: 'About Rust', exact: true })).toHaveText(
    'A language for reliable and efficient software.',
  )
  await expect(main(page).getByRole('link', { name: 'Website' })).toHaveAttribute(
    'href',
    'https://www.rust-lang.org/',
  )
  await expect(main(page).getByRole('link', { name: 'Source code' })).toHaveAttribute(
    'href',
    'https://github.com/rust-lang/rust',
  )

  await openPage(page, '/')
  const technologies = filterGroup(page, 'Technologies')
  const rust = technologies
    .locator('label')
    .filter({ has: page.getByRole('checkbox', { name: /^Rust/ }) })
  expect(await loadedWidth(rust.locator('img'))).toBe(64)
  // The image is decorative: the checkbox keeps the plain name.
  await expect(technologies.getByRole('checkbox', { name: 'Rust (3)' })).toBeVisible()
  const ebpf = technologies
    .locator('label')
    .filter({ has: page.getByRole('checkbox', { name: /^eBPF/ }) })
  await expect(ebpf.locator('img')).toHaveCount(0)
})

test.describe('avatars', () => {
  const siteAvatar = (slug: string, side: number) =>
    new RegExp(`^/assets/images/${slug}-${side}-[0-9a-f]{8}\\.webp$`)

  /** Every host the page asks for anything, from before its first request. */
  function hostsAsked(page: Page): Set<string> {
    const hosts = new Set<string>()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith('http')) hosts.add(url.host)
    })
    return hosts
  }

  test('a person page shows the avatar the site serves, and the bio', async ({ page }) => {
    await openPage(page, '/people/ada-quillfeather')
    const avatar = main(page).getByRole('img', { name: 'Avatar of Ada Quillfeather' })
    await expect(avatar).toHaveAttribute('src', siteAvatar('ada-quillfeather', 96))
    const [, twice] = (await avatar.getAttribute('srcset'))?.split(', ') ?? []
    expect(twice).toMatch(/^\/assets\/images\/ada-quillfeather-192-[0-9a-f]{8}\.webp 2x$/)
    expect(await loadedWidth(avatar)).toBe(96)
    await expect(main(page).getByRole('region', { name: 'Bio' })).toHaveText(
      'Ada maintains a handful of small Rust crates and writes about making tools that fit in your head.',
    )
  })

  test('pages with guests ask no host but the site, and show avatars or initials', async ({
    page,
    baseURL,
  }) => {
    const hosts = hostsAsked(page)
    await openPage(page, '/episodes/ebpf-for-the-curious')
    const guests = main(page).getByRole('list', { name: 'Guests' })
    // Elin has no picture: decorative initials; Ada's avatar is the site's copy.
    await expect(guests.getByRole('link')).toHaveText(['ESElin Sparrowhawk', 'Ada Quillfeather'])
    const ada = guests.getByRole('link', { name: 'Ada Quillfeather', exact: true })
    await expect(ada.locator('img')).toHaveAttribute('alt', '')
    await expect(ada.locator('img')).toHaveAttribute('src', siteAvatar('ada-quillfeather', 96))
    expect(await loadedWidth(ada.locator('img'))).toBe(96)

    // The seed episode's guests have no pictures: nothing is asked of GitHub.
    await openPage(page, `/episodes/${seedEpisode.slug}`)
    await expect(main(page).getByRole('list', { name: 'Guests' }).getByRole('link')).toHaveText([
      'MMMauro Morales',
      'DKDimitris Karakasilis',
    ])
    await openPage(page, '/')
    await expect(main(page).getByRole('article').first()).toBeVisible()
    // The audio is the site's too, in the sample catalog.
    await openPage(page, '/episodes/ebpf-for-the-curious')
    await playFromEpisodePage(page)
    expect([...hosts]).toEqual([new URL(baseURL ?? '').host])
  })

  test.describe('when an avatar does not load', () => {
    test.use({
      allowFailedRequests: [/\/assets\/images\/robin-patchwell-/],
      allowConsoleErrors: [/^Failed to load resource: net::ERR_FAILED .*robin-patchwell-/],
    })

    test('a person page shows initials in the same box', async ({ page }) => {
      await page.route(/\/assets\/images\/robin-patchwell-/, (route) => route.abort('failed'))
      await openPage(page, '/people/robin-patchwell')
      const avatar = main(page).getByRole('img', { name: 'Avatar of Robin Patchwell' })
      await expect(avatar).toHaveText('RP')
      await expect(main(page).locator('img[src*="robin-patchwell"]')).toHaveCount(0)
      const box = await avatar.boundingBox()
      expect([box?.width, box?.height]).toEqual([96, 96])
    })
  })
})

test.describe('a hostile SVG icon', () => {
  test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` })

  test('is shown as an image, and its script never runs', async ({ page }) => {
    const traps = await setScriptTraps(page)
    await openPage(page, '/technologies/svg-tech')
    const icon = main(page).getByRole('img', { name: /logo$/ })
    await expect(icon).toHaveAttribute(
      'src',
      /^\/assets\/content\/svg-tech-svg-tech-[0-9a-f]{8}\.svg$/,
    )
    expect(await loadedWidth(icon)).toBe(32)
    await expect(page.locator('svg script')).toHaveCount(0)
    await expectNothingRan(page, traps, 'the technology page with an SVG icon')
  })
})
