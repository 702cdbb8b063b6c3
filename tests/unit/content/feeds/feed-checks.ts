import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import { expect } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import type { PublishedFile } from '../../../../src/content/compile/published-file.ts'
import type { CatalogIndex, EpisodeDocument } from '../../../../src/content/documents.ts'
import { readFeedCatalog } from '../../../../src/content/publish/feed-catalog.ts'
import { publishFeeds } from '../../../../src/content/publish/publish-feeds.ts'
import type { AudioSizes } from '../../../../src/content/read/audio-sizes.ts'

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

const FEED_HISTORY = 'http://purl.org/syndication/history/1.0'

/**
 * A feed's own path, then its archive files from the newest to the oldest,
 * followed through `prev-archive` links (RFC 5005) as a podcast app would;
 * checks that archives, and only archives, say so with `fh:archive`.
 */
export function archiveChain(
  path: string,
  byPath: ReadonlyMap<string, string>,
  siteUrl: string,
): string[] {
  const chain = [path]
  for (;;) {
    const content = byPath.get(chain.at(-1) ?? '') ?? ''
    const isArchive = chain.length > 1
    expect(content.includes('<fh:archive/>'), chain.at(-1)).toBe(isArchive)
    if (isArchive) expect(content).toContain(`xmlns:fh="${FEED_HISTORY}"`)
    const links = parseRssFeed(content).atom?.links ?? []
    const previous = links.find((link) => link.rel === 'prev-archive')?.href
    if (!previous) return chain
    const next = new URL(previous).pathname.slice(new URL(siteUrl).pathname.length)
    expect(byPath.has(next), `${chain.at(-1)} links ${previous}`).toBe(true)
    expect(chain, 'an archive chain that loops').not.toContain(next)
    chain.push(next)
  }
}

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
  const byPath = new Map(files.map((file) => [file.path, file.content]))
  for (const file of files.filter(
    (f) => f.path.endsWith('.xml') && !f.path.startsWith('archive/'),
  )) {
    const show = /^feeds\/(.+)\.xml$/.exec(file.path)?.[1]
    const expected = show ? episodes.filter((e) => e.show?.slug === show) : episodes
    const chain = archiveChain(file.path, byPath, siteUrl)
    const parsed = chain.map((path) => {
      const content = byPath.get(path) ?? ''
      expect(XMLValidator.validate(content), path).toBe(true)
      return {
        indexed: partytime.parseFeed(content, { allowMissingGuid: false }),
        smith: parseRssFeed(content),
      }
    })
    const head = parsed[0]?.indexed
    const indexed = { items: parsed.flatMap((page) => page.indexed?.items ?? []) }
    const smith = { items: parsed.flatMap((page) => page.smith.items ?? []) }
    expect(indexed.items, file.path).toHaveLength(expected.length)
    expect(smith.items, file.path).toHaveLength(expected.length)
    expect(head?.guid, file.path).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(head?.explicit, file.path).toBe(false)
    expect(parsed[0]?.smith.podcast?.locked?.value, file.path).toBe(false)
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
  const linked = new Set(
    files
      .filter((f) => f.path.endsWith('.xml') && !f.path.startsWith('archive/'))
      .flatMap((f) => archiveChain(f.path, byPath, siteUrl)),
  )
  const archives = files.filter((f) => f.path.startsWith('archive/')).map((f) => f.path)
  expect(
    archives.filter((path) => !linked.has(path)),
    'archive files no feed links',
  ).toEqual([])
  for (const episode of episodes.filter((e) => e.chapters.length > 0)) {
    const file = files.find((f) => f.path === `episodes/${episode.slug}/chapters.json`)
    expect(JSON.parse(file?.content ?? 'null'), episode.slug).toEqual({
      version: '1.2.0',
      chapters: episode.chapters.map(({ startTime, title }) => ({ startTime, title })),
    })
  }
  return items
}
