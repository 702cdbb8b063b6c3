import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import { expect } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile-catalog.ts'
import type { CatalogIndex, EpisodeDocument } from '../../../../src/content/documents.ts'
import type { AudioSizes } from '../../../../src/content/publish/enclosure-lengths.ts'
import {
  type PublishedFile,
  readFeedCatalog,
} from '../../../../src/content/publish/feed-catalog.ts'
import { publishFeeds } from '../../../../src/content/publish/publish-feeds.ts'

// The Podcast Index's parser logs through pino: quiet, unless a test run asks for it.
process.env.PARTYTIME_LOG ??= 'silent'
const partytime = await import('podcast-partytime')

export const noAudioSizes: AudioSizes = { sizes: new Map(), unknown: new Map() }

/** Compiles a catalog folder and publishes its feeds, as the build does. */
export async function publishCatalog(dir: string, siteUrl: string, audio = noAudioSizes) {
  const result = await compileCatalog({ dir, includeScheduled: false, siteUrl })
  const published = publishFeeds(readFeedCatalog(result.documents), { base: '/', audio })
  return { result, published }
}

const read = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null') as T

/**
 * Parses every feed with a strict XML validator, the Podcast Index's parser
 * and feedsmith's, and checks each item against its episode document; checks
 * every chapters file against the episode's chapters. Returns the items seen.
 */
export function checkFeeds(
  documents: ReadonlyMap<string, string>,
  files: readonly PublishedFile[],
  siteUrl: string,
): number {
  const index = read<CatalogIndex>(documents, 'episodes.json')
  const episodes = index.episodes
    .map((summary) => read<EpisodeDocument>(documents, `episodes/${summary.slug}.json`))
    .filter((episode) => episode.audioUrl)
  const absolute = (url: string) => new URL(url, siteUrl).href
  let items = 0
  for (const file of files.filter((f) => f.path.endsWith('.xml'))) {
    expect(XMLValidator.validate(file.content), file.path).toBe(true)
    const show = /^feeds\/(.+)\.xml$/.exec(file.path)?.[1]
    const expected = show ? episodes.filter((e) => e.show?.slug === show) : episodes
    const indexed = partytime.parseFeed(file.content, { allowMissingGuid: false })
    const smith = parseRssFeed(file.content)
    expect(indexed?.items, file.path).toHaveLength(expected.length)
    expect(smith.items, file.path).toHaveLength(expected.length)
    expect(indexed?.guid, file.path).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(indexed?.explicit, file.path).toBe(false)
    expect(smith.podcast?.locked?.value, file.path).toBe(false)
    expect(file.content, file.path).toContain('<itunes:explicit>false</itunes:explicit>')
    expected.forEach((episode, position) => {
      const a = indexed?.items[position]
      const b = smith.items?.[position]
      const where = `${file.path} item ${position} (${episode.slug})`
      const audioUrl = absolute(episode.audioUrl ?? '')
      expect(a?.guid, where).toBe(episode.id)
      expect(b?.guid?.value, where).toBe(episode.id)
      expect(b?.guid?.isPermaLink, where).toBe(false)
      expect(a?.enclosure.url, where).toBe(audioUrl)
      expect(b?.enclosures?.[0]?.url, where).toBe(audioUrl)
      if (episode.audioFileSize) {
        expect(a?.enclosure.length, where).toBe(episode.audioFileSize)
        expect(b?.enclosures?.[0]?.length, where).toBe(episode.audioFileSize)
      }
      expect(a?.enclosure.length, where).toBeGreaterThan(0)
      expect(a?.duration, where).toBe(Math.round(episode.duration))
      expect(b?.itunes?.duration, where).toBe(Math.round(episode.duration))
      expect(a?.pubDate?.toISOString(), where).toBe(episode.publishedAt)
      expect(new Date(b?.pubDate ?? '').toISOString(), where).toBe(episode.publishedAt)
      const guests = episode.guests.map((guest) => guest.name)
      expect(a?.podcastPeople?.map((p) => [p.name, p.role.toLowerCase()]) ?? [], where).toEqual(
        guests.map((name) => [name, 'guest']),
      )
      expect(b?.podcast?.persons?.map((p) => p.display) ?? [], where).toEqual(guests)
      const chaptersUrl = absolute(`/episodes/${episode.slug}/chapters.json`)
      if (episode.chapters.length > 0) {
        expect(a?.podcastChapters?.url, where).toBe(chaptersUrl)
        expect(a?.podcastChapters?.type, where).toBe('application/json+chapters')
        expect(b?.podcast?.chapters?.url, where).toBe(chaptersUrl)
      } else {
        expect(a?.podcastChapters, where).toBeUndefined()
      }
      items++
    })
  }
  for (const episode of episodes.filter((e) => e.chapters.length > 0)) {
    const file = files.find((f) => f.path === `episodes/${episode.slug}/chapters.json`)
    expect(JSON.parse(file?.content ?? 'null'), episode.slug).toEqual({
      version: '1.2.0',
      chapters: episode.chapters.map(({ startTime, title }) => ({ startTime, title })),
    })
  }
  return items
}
