import { describe, expect, it } from 'vitest'
import { archivePages } from '../../../../src/content/publish/feed-archive.ts'
import { readFeedCatalog } from '../../../../src/content/publish/feed-catalog.ts'
import { publishFeeds } from '../../../../src/content/publish/publish-feeds.ts'
import { archiveChain, checkFeeds, noAudioSizes, publishCatalog } from './feed-checks.ts'

const siteUrl = 'https://podcast.example.com/'

describe('archivePages', () => {
  it('keeps the newest in the feed and numbers full archives from the oldest', () => {
    const pages = archivePages('feed.xml', [7, 6, 5, 4, 3, 2, 1], 3)
    expect(pages.map((page) => [page.path, page.items, page.archive])).toEqual([
      ['feed.xml', [7, 6, 5], false],
      ['archive/feed/2.xml', [4], true],
      ['archive/feed/1.xml', [3, 2, 1], true],
    ])
    const links = (index: number) =>
      Object.fromEntries((pages[index]?.links ?? []).map((link) => [link.rel, link.path]))
    expect(links(0)).toEqual({
      first: 'feed.xml',
      next: 'archive/feed/2.xml',
      last: 'archive/feed/1.xml',
      'prev-archive': 'archive/feed/2.xml',
    })
    expect(links(1)).toEqual({
      current: 'feed.xml',
      first: 'feed.xml',
      last: 'archive/feed/1.xml',
      previous: 'feed.xml',
      next: 'archive/feed/1.xml',
      'prev-archive': 'archive/feed/1.xml',
    })
    expect(links(2)).toEqual({
      current: 'feed.xml',
      first: 'feed.xml',
      last: 'archive/feed/1.xml',
      previous: 'archive/feed/2.xml',
      'next-archive': 'archive/feed/2.xml',
    })
  })

  it('leaves a feed that fits alone, without links', () => {
    expect(archivePages('feeds/a.xml', [2, 1], 3)).toEqual([
      { path: 'feeds/a.xml', items: [2, 1], archive: false, links: [] },
    ])
  })
})

describe('feeds past their limits', () => {
  it('cut the catalog feed at feedItemLimit, keep show feeds whole, and say so', async () => {
    const { result } = await publishCatalog('episodes', siteUrl)
    const published = publishFeeds(readFeedCatalog(result.documents), {
      base: '/',
      audio: noAudioSizes,
      feedItemLimit: 3,
    })
    const byPath = new Map(published.files.map((file) => [file.path, file.content]))
    expect(archiveChain('feed.xml', byPath, siteUrl)).toEqual([
      'feed.xml',
      'archive/feed/2.xml',
      'archive/feed/1.xml',
    ])
    expect(archiveChain('feeds/edge-of-the-stack.xml', byPath, siteUrl)).toEqual([
      'feeds/edge-of-the-stack.xml',
    ])
    expect(checkFeeds(result.documents, published.files, siteUrl)).toBe(16)
    expect(published.notes).toContainEqual({
      about: { kind: 'site' },
      field: 'feedItemLimit',
      code: 'feed-cut',
      message: expect.stringContaining('lists the newest 3 of 8 episodes'),
    })
  })

  it('cut a show feed that would pass the size limit, into files under it', async () => {
    const { result } = await publishCatalog('episodes', siteUrl)
    const bytesLimit = 5_000
    const published = publishFeeds(readFeedCatalog(result.documents), {
      base: '/',
      audio: noAudioSizes,
      feedBytesLimit: bytesLimit,
    })
    const feeds = published.files.filter((file) => file.path.endsWith('.xml'))
    expect(feeds.filter((file) => file.path.startsWith('archive/feeds/'))).not.toHaveLength(0)
    for (const file of feeds)
      expect(Buffer.byteLength(file.content), file.path).toBeLessThanOrEqual(bytesLimit)
    expect(checkFeeds(result.documents, published.files, siteUrl)).toBe(16)
    expect(published.notes).toContainEqual(
      expect.objectContaining({
        about: { kind: 'show', slug: 'byte-sized-builders' },
        code: 'feed-cut',
        message: expect.stringMatching(
          /^feeds\/byte-sized-builders\.xml would be .* MB, more than podcast apps take/,
        ),
      }),
    )
  })
})
