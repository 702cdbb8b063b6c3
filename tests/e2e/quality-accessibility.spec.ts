import { expectNoAxeViolations } from './support/axe.ts'
import { openPage, playFromEpisodePage, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const pages = [
  { name: 'home', path: '/' },
  { name: 'filtered home', path: `/?guest=${seedEpisode.guest.slug}&technology=kairos` },
  { name: 'episode', path: `/episodes/${seedEpisode.slug}` },
  { name: 'person', path: `/people/${seedEpisode.guest.slug}` },
  { name: 'technology', path: `/technologies/${seedEpisode.technology.slug}` },
  { name: 'not found', path: '/no-such-page' },
  // Artwork, an icon and a bio; the avatar falls back to initials (GitHub is cut off).
  { name: 'show', path: '/shows/byte-sized-builders' },
  { name: 'technology with an icon', path: '/technologies/rust' },
  { name: 'person with an avatar', path: '/people/robin-patchwell' },
]

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`WCAG 2.2 A/AA in the ${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme })
    })

    for (const { name, path } of pages) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await openPage(page, path)
        await expectNoAxeViolations(page, `${name} (${colorScheme})`)
      })
    }

    test('episode page during playback has no axe violations', async ({ page }) => {
      await openPage(page, `/episodes/${seedEpisode.slug}`)
      await playFromEpisodePage(page)
      await expectNoAxeViolations(page, `episode while playing (${colorScheme})`)
    })

    test('the open Up next queue has no axe violations', async ({ page }) => {
      await openPage(page, '/technologies/rust')
      const main = page.getByRole('main')
      for (const title of ['Rust Command-Line Tools That Spark Joy', 'eBPF for the Curious']) {
        await main.getByRole('button', { name: `Add ${title} to queue` }).click()
        await expect(main.getByRole('button', { name: `Remove ${title} from queue` })).toBeVisible()
      }
      const player = page.getByRole('region', { name: 'Audio player' })
      await player.getByRole('button', { name: /^Up next/ }).click()
      await expect(player.getByRole('list', { name: 'Up next' }).getByRole('listitem')).toHaveCount(
        2,
      )
      await expectNoAxeViolations(page, `open Up next queue (${colorScheme})`)
    })
  })
}

test('the site title link has a name before the home document arrives', async ({ page }) => {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/data/home.json', async (route) => {
    await released
    await route.continue()
  })
  await openPage(page, '/no-such-page')
  // The prerendered page carries the site's title: the link is named from the first paint.
  const header = page.getByRole('banner')
  await expect(header.getByRole('link', { name: 'Podcast Episodes', exact: true })).toBeVisible()
  await expectNoAxeViolations(page, 'not found, home document still loading')
  release()
})
