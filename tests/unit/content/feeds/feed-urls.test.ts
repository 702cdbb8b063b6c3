import { describe, expect, it } from 'vitest'
import { feedPaths, siteUrls } from '../../../../src/content/publish/feed-urls.ts'
import { showFeedUrl } from '../../../../src/features/subscribe/feed-urls.ts'

describe('feed addresses', () => {
  it('are found by the app where the build writes them, under any base path', () => {
    for (const [site, base] of [
      ['https://podcast.example.com/', '/'],
      ['https://example.com/', '/podcast/'],
      ['http://localhost:4173', '/'],
    ] as const) {
      const urls = siteUrls(site, base)
      expect(showFeedUrl(site, base, 'edge-of-the-stack')).toBe(
        urls.page(feedPaths.show('edge-of-the-stack')),
      )
      expect(showFeedUrl(site, base, null)).toBe(urls.page(feedPaths.catalog))
    }
  })
})
