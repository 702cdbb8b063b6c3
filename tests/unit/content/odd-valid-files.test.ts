import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument } from '../../../src/content/documents.ts'
import { episode, writeCatalog } from './support/temp-catalog.ts'

const read = (documents: ReadonlyMap<string, string>, slug: string): EpisodeDocument =>
  JSON.parse(documents.get(`episodes/${slug}.json`) ?? 'null')

describe('odd but valid files', () => {
  it('compile without a problem: BOM, CRLF, deep folders, Unicode, extra fields, anchors, empty optional keys', async () => {
    const result = await compileCatalog({
      dir: 'tests/fixtures/catalogs/odd-valid',
      includeScheduled: false,
    })

    expect(result.problems).toEqual([])
    // The hidden .drafts folder and notes.txt are not episodes.
    expect(result.stats).toEqual({ files: 9, published: 9, scheduled: 0 })
    expect(read(result.documents, 'with-bom').id).toBe('odd-1')
    expect(read(result.documents, 'with-crlf').chapters.map((c) => c.title)).toEqual([
      'Start',
      'Next',
    ])
    expect(read(result.documents, 'in-deep-folders').title).toBe('Odd 3')
    const unicode = read(result.documents, 'unicode-and-emoji')
    expect(unicode.title).toBe('Café 🎧 — 日本語, Ελληνικά & עברית')
    expect(unicode.chapters[0]?.title).toBe('開始 🚀')
    expect(result.documents.get('episodes/extra-unknown-fields.json')).not.toContain('youtubeId')
    expect(read(result.documents, 'small-anchors').chapters.map((c) => c.title)).toEqual([
      'Intro',
      'Intro',
    ])
    expect(read(result.documents, 'body-with-rules').showNotes).toBe('Intro\n\nMore after a rule.')
    expect(read(result.documents, 'empty-optional-keys')).toMatchObject({
      subtitle: null,
      guests: [],
      chapters: [],
    })
    const dateOnly = read(result.documents, 'date-only-and-fraction')
    expect([dateOnly.publishedAt, dateOnly.duration]).toEqual(['2024-08-01T00:00:00.000Z', 299.75])
  })

  it('compiles a 1 MB description', async () => {
    // Markdown in every paragraph, so that the whole megabyte goes through the parser.
    const paragraph =
      'A long **description** about [systems](https://example.com) and podcasts. '.repeat(12)
    const description = Array.from({ length: 1200 }, () => paragraph).join('\n\n')
    expect(description.length).toBeGreaterThan(1_000_000)
    const indented = description.replace(/^/gm, '  ')
    const dir = writeCatalog({ 'big.md': episode({ description: `|\n${indented}` }) })

    const result = await compileCatalog({ dir, includeScheduled: false })

    expect(result.problems).toEqual([])
    const document = read(result.documents, 'episode-one')
    expect(document.description.length).toBeGreaterThan(600_000)
    expect(document.descriptionHtml.match(/<strong>/g)).toHaveLength(12 * 1200)
    expect(
      JSON.parse(result.documents.get('episodes.json') ?? '{}').episodes[0].excerpt.length,
    ).toBeLessThanOrEqual(141)
  })
})
