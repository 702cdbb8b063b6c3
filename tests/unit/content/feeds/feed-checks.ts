import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import { expect } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile-catalog.ts'
import type { CatalogIndex, EpisodeDocument } from '../../../../src/content/documents.ts'
import type { AudioSizes } from '../../../../src/content/publish/enclosure-lengths.ts'
import { readFeedCatalog } from '../../../../src/content/publish/feed-catalog.ts'
import { publishFeeds } from '../../../../src/content/publish/publish-feeds.ts'
import type { PublishedFile } from '../../../../src/content/publish/published-file.ts'

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
  const chaptersUrl = (slug: string) => absolute(`/episodes/${slug}/chapters.json`)
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
    // One row per item, from each parser, against one row per episode: one comparison per feed.
    const rows = expected.map((episode) => ({
      guid: episode.id,
      url: absolute(episode.audioUrl ?? ''),
      length: episode.audioFileSize ?? 'estimated',
      duration: Math.round(episode.duration),
      pubDate: episode.publishedAt,
      guests: episode.guests.map((guest) => guest.name),
      chapters: episode.chapters.length > 0 ? chaptersUrl(episode.slug) : null,
      transcripts: (episode.transcript?.files ?? []).map((transcript) => ({
        url: absolute(transcript.url),
        type: transcript.type,
        language: transcript.language ?? undefined,
        rel: transcript.type === 'text/vtt' ? 'captions' : undefined,
      })),
    }))
    const known = (length: number | undefined, position: number) =>
      expected[position]?.audioFileSize || !length ? length : 'estimated'
    expect(
      indexed?.items.map((item, position) => ({
        guid: item.guid,
        url: item.enclosure.url,
        length: known(item.enclosure.length, position),
        duration: item.duration,
        pubDate: item.pubDate?.toISOString(),
        guests: (item.podcastPeople ?? []).map((person) =>
          person.role.toLowerCase() === 'guest' ? person.name : `${person.name} (${person.role})`,
        ),
        chapters:
          item.podcastChapters?.type === 'application/json+chapters'
            ? item.podcastChapters.url
            : null,
        transcripts: (item.podcastTranscripts ?? []).map(({ url, type, language, rel }) => ({
          url,
          type,
          language,
          rel,
        })),
      })),
      `${file.path}, read by podcast-partytime`,
    ).toEqual(rows)
    expect(
      smith.items?.map((item, position) => ({
        guid: item.guid?.isPermaLink === false ? item.guid.value : undefined,
        url: item.enclosures?.[0]?.url,
        length: known(item.enclosures?.[0]?.length, position),
        duration: item.itunes?.duration,
        pubDate: new Date(item.pubDate ?? '').toISOString(),
        guests: (item.podcast?.persons ?? []).map((person) => person.display),
        chapters: item.podcast?.chapters?.url ?? null,
        transcripts: (item.podcast?.transcripts ?? []).map(({ url, type, language, rel }) => ({
          url,
          type,
          language,
          rel,
        })),
      })),
      `${file.path}, read by feedsmith`,
    ).toEqual(rows)
    items += rows.length
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
