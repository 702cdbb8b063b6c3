import { parseRssFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import type { CatalogIndex, EpisodeDocument } from '../../../../src/content/documents.ts'
import { readFeedCatalog } from '../../../../src/content/publish/feed-catalog.ts'
import { publishFeeds } from '../../../../src/content/publish/publish-feeds.ts'
import { episode, writeCatalog } from '../support/temp-catalog.ts'
import { noAudioSizes } from './feed-checks.ts'

const site = 'title: Numbers\nbaseUrl: https://podcast.example.com/\n'

const numbered = episode({
  id: 'ep-14',
  slug: 'episode-fourteen',
  episode: '14',
  season: '2',
  episodeType: 'bonus',
  explicit: 'true',
  audioUrl: 'https://cdn.example.com/14.mp3',
})
const plain = episode({
  id: 'ep-1',
  slug: 'episode-one',
  publishedAt: '2024-04-01T10:00:00Z',
  audioUrl: 'https://cdn.example.com/1.mp3',
})

async function compile(files: Record<string, string>) {
  return compileCatalog({ dir: writeCatalog(files), includeScheduled: false })
}

describe('episode numbers, seasons, types and explicit', () => {
  it('go into the documents, the index and the feed items', async () => {
    const result = await compile({ 'a.md': numbered, 'b.md': plain, 'site.yaml': site })
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    const doc = JSON.parse(
      result.documents.get('episodes/episode-fourteen.json') ?? '',
    ) as EpisodeDocument
    expect(doc).toMatchObject({ episode: 14, season: 2, episodeType: 'bonus', explicit: true })
    const index = JSON.parse(result.documents.get('episodes.json') ?? '') as CatalogIndex
    expect(
      index.episodes.map(({ slug, episode, season, episodeType }) => ({
        slug,
        episode,
        season,
        episodeType,
      })),
    ).toEqual([
      { slug: 'episode-fourteen', episode: 14, season: 2, episodeType: 'bonus' },
      { slug: 'episode-one', episode: null, season: null, episodeType: null },
    ])

    const feeds = publishFeeds(readFeedCatalog(result.documents), {
      base: '/',
      audio: noAudioSizes,
    })
    const xml = feeds.files.find((file) => file.path === 'feed.xml')?.content ?? ''
    expect(xml).toContain('<itunes:explicit>true</itunes:explicit>')
    expect(xml).not.toMatch(/<itunes:explicit>(yes|no)</)
    const [fourteen, one] = parseRssFeed(xml).items ?? []
    expect(fourteen?.itunes).toMatchObject({
      episode: 14,
      season: 2,
      episodeType: 'bonus',
      explicit: true,
    })
    expect(fourteen?.podcast).toMatchObject({ episode: { number: 14 }, season: { number: 2 } })
    expect(one?.itunes).toEqual({ duration: 600, episodeType: 'full' })
    expect(one?.podcast?.episode).toBeUndefined()
  })

  it('refuse a season of 0, a fractional number and an unknown type, each at its field', async () => {
    const bad = episode({ episode: '1.5', season: '0', episodeType: 'teaser', explicit: 'yes' })
    const result = await compile({ 'a.md': bad })
    const errors = result.problems.filter((p) => p.severity === 'error')
    expect(errors.map(({ field, message }) => ({ field, message }))).toEqual(
      expect.arrayContaining([
        { field: 'episode', message: expect.stringContaining('whole number') },
        { field: 'season', message: expect.stringContaining('1 or more') },
        { field: 'episodeType', message: expect.stringContaining('full, trailer, bonus') },
        { field: 'explicit', message: expect.stringContaining('true or false') },
      ]),
    )
  })
})
