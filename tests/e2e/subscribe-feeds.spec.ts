import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/axe.ts'
import { expectHydrated } from './support/hydration.ts'
import { expect, test } from './support/test.ts'

const main = (page: Page) => page.getByRole('main')
const feedLinks = (page: Page) =>
  page.locator('head link[rel="alternate"][type="application/rss+xml"]')

test('a show page offers its feed: Copy feed URL puts the address in the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/shows/byte-sized-builders')
  const section = main(page).getByRole('region', { name: 'Subscribe' })
  await expect(section).toBeVisible()
  const feedUrl = `${baseURL}/feeds/byte-sized-builders.xml`
  await expect(section.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', feedUrl)

  const copy = section.getByRole('button', { name: 'Copy feed URL' })
  await copy.focus()
  await page.keyboard.press('Enter')
  await expect(section.getByRole('status')).toHaveText('Feed URL copied.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl)

  // The page names the catalog's feed and the show's, and the show's feed is there.
  await expect(feedLinks(page)).toHaveCount(2)
  await expect(feedLinks(page).and(page.locator(`[href="${baseURL}/feed.xml"]`))).toHaveCount(1)
  await expect(feedLinks(page).and(page.locator(`[href="${feedUrl}"]`))).toHaveAttribute(
    'title',
    'Byte-Sized Builders',
  )
  const feed = await page.request.get(feedUrl)
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain('<title>Byte-Sized Builders</title>')
  await expectNoAxeViolations(page, 'a show page with its Subscribe section')
})

test('the Subscribe section lists the show’s podcast apps by name, http(s) links only', async ({
  page,
}) => {
  await page.route('**/data/shows/edge-of-the-stack.json', async (route) => {
    const response = await route.fetch()
    const show = await response.json()
    show.subscribeLinks = [
      {
        platform: 'apple',
        name: 'Apple Podcasts',
        url: 'https://podcasts.apple.com/podcast/id1',
      },
      { platform: 'spotify', name: 'Spotify', url: 'https://open.spotify.com/show/abc' },
      { platform: 'evil', name: 'Evil', url: "javascript:alert('subscribe')" },
    ]
    await route.fulfill({ response, json: show })
  })
  // A prerendered show page carries its data: come from an episode page, so that the
  // app fetches the show's document (and gets the links above).
  await page.goto('/episodes/ebpf-for-the-curious')
  await expectHydrated(page)
  await main(page).getByRole('link', { name: 'Edge of the Stack', exact: true }).first().click()
  const apps = main(page).getByRole('list', { name: 'Podcast apps' })
  await expect(apps.getByRole('link')).toHaveText(['Apple Podcasts', 'Spotify'])
  await expect(apps.getByRole('link', { name: 'Spotify' })).toHaveAttribute(
    'href',
    'https://open.spotify.com/show/abc',
  )
})

test('an episode page names its show’s feed', async ({ page, baseURL }) => {
  await page.goto('/episodes/ebpf-for-the-curious')
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('eBPF for the Curious')
  const showFeed = feedLinks(page).and(
    page.locator(`[href="${baseURL}/feeds/edge-of-the-stack.xml"]`),
  )
  await expect(showFeed).toHaveAttribute('title', 'Edge of the Stack')
})
