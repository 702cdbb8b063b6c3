import type { Page } from '@playwright/test'
import { ONE_SHOW_PORT } from '../playwright.config.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

const showNames = ['Byte-Sized Builders', 'Edge of the Stack', 'Cloud Native Compass']

/** The network's home: its title, each show as a card with artwork, and the catalog's feed. */
async function expectNetworkHome(page: Page) {
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Podcast Episodes')
  const cards = main.getByRole('list', { name: 'Shows' }).getByRole('listitem')
  await expect(cards).toHaveCount(3)
  for (const name of showNames) {
    const card = cards.filter({ has: page.getByRole('link', { name, exact: true }) })
    await expect(card.locator('img')).toHaveJSProperty('complete', true)
    expect(
      await card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0)
    await expect(card).toContainText(/\d+ episodes?/)
    await expect(card).toContainText('Newest:')
  }
  const subscribe = main.getByRole('region', { name: 'Subscribe' })
  await expect(subscribe.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  )
}

test('the home introduces the network and its shows, and a card leads to its show', async ({
  page,
}) => {
  await page.goto('/')
  await expectNetworkHome(page)
  await page.getByRole('link', { name: 'Edge of the Stack', exact: true }).first().click()
  await expect(page).toHaveURL(/\/shows\/edge-of-the-stack$/)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    'Edge of the Stack',
  )
})

test.describe('without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    // Chromium refuses `<link rel="modulepreload">` when scripts are off, and says so.
    allowFailedRequests: [/\/assets\/[^/]+\.js$/],
  })

  test('the prerendered home shows the same shows, artwork and feed', async ({ page }) => {
    await page.goto('/')
    await expectNetworkHome(page)
  })
})

test('with one show, the home is that show: artwork, hosts, Subscribe and its newest episode with Play', async ({
  page,
}) => {
  // The home document reduced to one show: the home reads it when the app navigates there.
  await page.route('**/data/home.json', async (route) => {
    const response = await route.fetch()
    const home = await response.json()
    home.shows = home.shows.filter((show: { slug: string }) => show.slug === 'edge-of-the-stack')
    await route.fulfill({ response, json: home })
  })
  await page.goto('/no-such-page')
  await expectHydrated(page)
  await page.getByRole('banner').getByRole('link', { name: 'Podcast Episodes' }).click()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Edge of the Stack')
  await expect(main.locator('header img').first()).toHaveAttribute(
    'alt',
    /Edge of the Stack artwork/,
  )
  await expect(main.getByRole('link', { name: 'Noor Halvorsen' })).toBeVisible()
  const apps = main.getByRole('list', { name: 'Podcast apps' })
  await expect(apps.getByRole('link', { name: 'Spotify' })).toHaveAttribute('href', /spotify\.com/)
  await expect(apps.getByRole('link', { name: 'Amazon Music' })).toBeVisible()
  await expect(main.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
    'href',
    /\/feeds\/edge-of-the-stack\.xml$/,
  )
  const newest = main.getByRole('region', { name: 'Newest episode' })
  await newest.getByRole('button', { name: /^Play / }).click()
  await expect(
    page
      .getByRole('region', { name: 'Audio player' })
      .getByRole('button', { name: 'Pause', exact: true }),
  ).toBeVisible()
})

test.describe('with one show, without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    baseURL: `http://127.0.0.1:${ONE_SHOW_PORT}`,
    // Chromium refuses `<link rel="modulepreload">` when scripts are off, and says so.
    allowFailedRequests: [/\/assets\/[^/]+\.js$/],
  })

  test('the prerendered home is that show: artwork, host, Subscribe, feed and newest episode', async ({
    page,
  }) => {
    await page.goto('/')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Lantern Hours')
    const artwork = main.locator('header img').first()
    await expect(artwork).toHaveAttribute('alt', /^Lantern Hours artwork/)
    await expect(artwork).toHaveAttribute(
      'src',
      /\/assets\/images\/lantern-hours-160-[0-9a-f]{8}\.webp$/,
    )
    await expect(artwork).toHaveJSProperty('complete', true)
    expect(await artwork.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
      0,
    )
    await expect(main.getByText('Conversations about the small tools')).toBeVisible()
    await expect(main.getByRole('link', { name: 'Ida Wickham' })).toBeVisible()
    const apps = main.getByRole('list', { name: 'Podcast apps' })
    await expect(apps.getByRole('link', { name: 'Spotify' })).toHaveAttribute(
      'href',
      /spotify\.com/,
    )
    await expect(apps.getByRole('link', { name: 'Apple Podcasts' })).toHaveAttribute(
      'href',
      /podcasts\.apple\.com/,
    )
    // Each app is recognisable by its logo, which the link's name leaves out.
    const logos = apps.locator('img')
    await expect(logos).toHaveCount(2)
    for (const logo of await logos.all()) {
      await expect(logo).toHaveAttribute('alt', '')
      await expect(logo).toHaveAttribute('src', /^\/platforms\/(spotify|applepodcasts)\.svg$/)
      await expect
        .poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth))
        .toBeGreaterThan(0)
    }
    await expect(main.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
      'href',
      /\/feeds\/lantern-hours\.xml$/,
    )
    const newest = main.getByRole('region', { name: 'Newest episode' })
    await expect(newest.getByRole('link', { name: 'Evening number 2' })).toBeVisible()
  })
})
