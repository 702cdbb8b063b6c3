import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type WebVTTNode, WebVTTParser } from 'webvtt-parser'
import type { EpisodeDocument } from '../../../../src/content/documents.ts'
import { emptyFilters } from '../../../../src/features/catalog/filters/filter-state.ts'
import { createStaticSearch } from '../../../../src/features/catalog/search/static/static-search.ts'
import { createBrowseIndexReader } from '../../../../src/features/catalog/static-index/browse-index-reader.ts'
import { buildOf, entryPartOf, partPathIn } from '../../../../src/lib/static-index/part-builds.ts'
import { compileCatalogIndex } from '../../../support/catalog-index.ts'

// The Podcast Index's parser logs through pino: quiet, unless a test run asks for it.
process.env.PARTYTIME_LOG ??= 'silent'
const partytime = await import('podcast-partytime')

const outDir = mkdtempSync(join(tmpdir(), 'transcripts-build-'))
const read = (path: string) => readFileSync(join(outDir, path), 'utf8')

// The project's own vite.config.ts on a tiny page, as in vite-plugin.test.ts.
beforeAll(async () => {
  vi.stubEnv('EPISODES_DIR', 'tests/fixtures/catalogs/transcripts')
  vi.stubEnv('BASE_PATH', '/podcast/')
  vi.stubEnv('PRERENDER', '0')
  vi.stubEnv('FEEDS_PROBE', '0')
  vi.stubEnv('TRANSCRIPTS_FETCH', '0')
  vi.stubEnv('SITE_URL', 'https://example.org/')
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('tests/fixtures/catalogs/mini-app'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  })
}, 120_000)
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(outDir, { recursive: true, force: true })
})

const textOf = (nodes: readonly WebVTTNode[]): string =>
  nodes
    .map((node) => (node.type === 'text' ? (node.value ?? '') : textOf(node.children ?? [])))
    .join('')
/** A voice span's annotation is its `value` in webvtt-parser's tree. */
const voicesOf = (nodes: readonly WebVTTNode[]): string[] =>
  nodes.flatMap((node) => (node.name === 'v' ? [node.value ?? ''] : []))

describe('transcripts in a real vite build', () => {
  it('writes the document and both files of every episode with a transcript, and no others', () => {
    expect(readdirSync(join(outDir, 'data/transcripts')).sort()).toEqual([
      'hostile.json',
      'segments.json',
      'spoken.json',
    ])
    const episode: EpisodeDocument = JSON.parse(read('data/episodes/segments.json'))
    expect(episode.transcript?.files).toEqual([
      { url: '/podcast/episodes/segments/transcript.vtt', type: 'text/vtt', language: 'en-GB' },
      {
        url: '/podcast/episodes/segments/transcript.json',
        type: 'application/json',
        language: 'en-GB',
      },
    ])
    const plain: EpisodeDocument = JSON.parse(read('data/episodes/plain.json'))
    expect(plain.transcript).toBeNull()
  })

  it('writes WebVTT that another parser reads without an error, markup kept as text', () => {
    const entities = JSON.parse(
      readFileSync(resolve('node_modules/webvtt-parser/html-entities.json'), 'utf8'),
    ) as Record<string, string>
    const parser = new WebVTTParser(entities)
    for (const slug of ['hostile', 'spoken', 'segments']) {
      const vtt = read(`episodes/${slug}/transcript.vtt`)
      const json = JSON.parse(read(`episodes/${slug}/transcript.json`)) as {
        segments: Array<{ body: string; speaker?: string }>
      }
      const { cues, errors } = parser.parse(vtt, 'metadata')
      expect(errors, slug).toEqual([])
      expect(
        cues.map((cue) => textOf(cue.tree.children)),
        slug,
      ).toEqual(json.segments.map((segment) => segment.body))
    }
    const hostile = parser.parse(read('episodes/hostile/transcript.vtt'), 'metadata').cues
    expect(textOf(hostile[0]?.tree.children ?? [])).toBe(
      '</script><script>alert(1)</script> & friends',
    )
    // The spec decodes references in a voice's annotation (w3c/webvtt#266); webvtt-parser
    // keeps them as written. Either way the name is text, never a tag.
    expect(voicesOf(hostile[0]?.tree.children ?? [])).toEqual([
      'Eve &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ])
    expect(voicesOf(hostile[1]?.tree.children ?? [])).toEqual(['Ada Lovelace'])
    expect(read('episodes/spoken/transcript.vtt')).not.toContain('<script>')
  })

  it('names each file in the feeds with podcast:transcript, as podcast-partytime reads them', () => {
    const feed = partytime.parseFeed(read('feed.xml'), { allowMissingGuid: false })
    const transcripts = Object.fromEntries(
      (feed?.items ?? []).map((item) => [item.title, item.podcastTranscripts ?? []]),
    )
    expect(transcripts.Plain).toEqual([])
    expect(transcripts.Segments).toEqual([
      {
        url: 'https://example.org/podcast/episodes/segments/transcript.vtt',
        type: 'text/vtt',
        language: 'en-GB',
        rel: 'captions',
      },
      {
        url: 'https://example.org/podcast/episodes/segments/transcript.json',
        type: 'application/json',
        language: 'en-GB',
      },
    ])
    const show = partytime.parseFeed(read('feeds/alpha.xml'), { allowMissingGuid: false })
    expect(show?.items.map((item) => item.podcastTranscripts?.length)).toEqual([2, 2])
  })
})

describe('the static index in a real vite build', () => {
  // Read from the written files, as the browser reads them from the host: every part but
  // the entry parts from the folder of the build that the entry part names.
  const fetchPart = async (path: string) => {
    const entry = entryPartOf(path)
    const build = entry === null ? null : buildOf(read(entry))
    const written = build === null ? path : partPathIn(path, build)
    return written.endsWith('.json')
      ? read(written)
      : new Uint8Array(readFileSync(join(outDir, written))).buffer
  }

  it('writes every part but the entry parts under the build the entry parts name', () => {
    const build = buildOf(read('data/browse/meta.json'))
    expect(build).toMatch(/^[0-9a-f]{12}$/)
    expect(buildOf(read('data/search/meta.json'))).toBe(build)
    expect(readdirSync(join(outDir, 'data/browse')).sort()).toEqual([build, 'meta.json'])
    expect(readdirSync(join(outDir, 'data/search')).sort()).toEqual([build, 'meta.json'])
  })

  it('finds a word said only in a transcript, at the paragraph that says it', async () => {
    const hits = await createStaticSearch(fetchPart).search('hello')
    // As the home shows a search: the browse index's cards in the search's order, each with its moment.
    const page = await createBrowseIndexReader(fetchPart).query(emptyFilters, hits.order, 1)
    expect(page.episodes.map((episode) => episode.slug)).toEqual(['spoken'])
    const moment = await hits.moment(page.ordinals[0] ?? -1, 'spoken')
    expect(moment).toMatchObject({ field: 'transcript', seconds: 1 })
    expect(moment?.snippet).toContain('Hello there.')
  })

  it('browses every published episode newest first, as the catalog lists them', async () => {
    expect(() => read('data/episodes.json')).toThrow(/ENOENT/)
    const catalog = await compileCatalogIndex('tests/fixtures/catalogs/transcripts')
    const browse = await createBrowseIndexReader(fetchPart).query(emptyFilters, null, 1)
    expect(browse.total).toBe(catalog.episodes.length)
    expect(browse.episodes.map((episode) => episode.slug)).toEqual(
      catalog.episodes.map((episode) => episode.slug),
    )
  })
})
