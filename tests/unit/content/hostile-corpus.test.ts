import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { formatReport } from '../../../src/content/read/problems.ts'

const corpus = 'tests/fixtures/hostile'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each malformed case: the (file, line, field) its report must name. */
const expected: Record<string, Array<[file: string, line: number, field: string]>> = {
  'alias-bomb': [['episode.md', 16, 'lol1']],
  'binary-bytes': [['episode.md', 4, '(file)']],
  'bom-with-error': [['episode.md', 7, 'duration']],
  'chapter-with-empty-title': [['episode.md', 13, 'chapters[1].title']],
  'chapter-without-title': [['episode.md', 12, 'chapters[1].title']],
  'chapters-not-a-list': [['episode.md', 9, 'chapters']],
  'crlf-with-error': [['episode.md', 6, 'publishedAt']],
  'date-in-words': [['episode.md', 6, 'publishedAt']],
  'deep-nesting-block': [['episode.md', 2, 'front-matter']],
  'deep-nesting-flow': [['episode.md', 2, 'front-matter']],
  'duplicate-ids': [
    ['a/one.md', 2, 'id'],
    ['b/two.md', 2, 'id'],
  ],
  'duplicate-key': [['episode.md', 16, 'title']],
  'duplicate-slugs': [
    ['first.md', 3, 'slug'],
    ['second.md', 3, 'slug'],
  ],
  'duration-infinite': [['episode.md', 7, 'duration']],
  'duration-is-text': [['episode.md', 7, 'duration']],
  'duration-too-long': [['episode.md', 7, 'duration']],
  'empty-file': [['episode.md', 1, '(file)']],
  'empty-front-matter': [['episode.md', 2, 'front-matter']],
  'file-size-too-large': [['episode.md', 8, 'audioFileSize']],
  'front-matter-is-a-list': [['episode.md', 2, 'front-matter']],
  'guest-not-a-slug': [['episode.md', 16, 'guests[0]']],
  'impossible-date': [['episode.md', 6, 'publishedAt']],
  'invalid-utf8': [['episode.md', 4, '(file)']],
  'javascript-audio-url': [['episode.md', 16, 'audioUrl']],
  'many-problems': [
    ['episode.md', 2, 'title'],
    ['episode.md', 3, 'slug'],
    ['episode.md', 6, 'duration'],
  ],
  'missing-id': [['episode.md', 2, 'id']],
  'negative-duration': [['episode.md', 7, 'duration']],
  'negative-start-time': [['episode.md', 12, 'chapters[1].startTime']],
  'no-front-matter': [['episode.md', 1, 'front-matter']],
  'path-like-slug': [['episode.md', 3, 'slug']],
  'protocol-relative-audio-url': [['episode.md', 16, 'audioUrl']],
  'slug-with-slash': [['episode.md', 3, 'slug']],
  'slug-with-spaces': [['episode.md', 3, 'slug']],
  'start-time-as-clock': [['episode.md', 12, 'chapters[1].startTime']],
  'start-time-huge': [['episode.md', 12, 'chapters[1].startTime']],
  'tab-indentation': [['episode.md', 11, 'chapters[0]']],
  'title-is-a-list': [['episode.md', 4, 'title']],
  'unclosed-flow-list': [['episode.md', 17, 'guests[1]']],
  'unclosed-quote': [['episode.md', 4, 'title']],
  'unknown-category': [['episode.md', 16, 'category']],
  'unknown-tag': [['episode.md', 4, 'title']],
  'unterminated-front-matter': [['episode.md', 1, 'front-matter']],
  'whitespace-only': [['episode.md', 1, '(file)']],
}

/** Duplicates are errors about two valid files; the rest leave nothing to list. */
const stillListed: Record<string, number> = { 'duplicate-ids': 2, 'duplicate-slugs': 1 }

describe('the hostile corpus', () => {
  it('has at least 30 cases, each with its expectation', () => {
    const cases = readdirSync(corpus).sort()
    expect(cases.length).toBeGreaterThanOrEqual(30)
    expect(cases).toEqual(Object.keys(expected).sort())
  })

  it.each(Object.entries(expected))(
    '%s fails, naming file, line and field',
    async (name, places) => {
      const result = await compileCatalog({ dir: `${corpus}/${name}`, includeScheduled: true })
      const report = formatReport(result.problems)

      expect(result.problems.some((p) => p.severity === 'error')).toBe(true)
      for (const [file, line, field] of places) {
        const path = `${corpus}/${name}/${file}`
        expect(result.problems).toContainEqual(
          expect.objectContaining({ severity: 'error', file: path, line, field }),
        )
        expect(report).toMatch(
          new RegExp(`^${escapeRegExp(path)}:${line}:\\d+  ${escapeRegExp(field)}  \\S`, 'm'),
        )
      }
      expect(report).not.toMatch(/\n\s+at \S/)
      expect(report).not.toMatch(/Error:/)
      // A file that fails is left out; of two that share a slug, the first stays.
      expect(result.stats.published).toBe(stillListed[name] ?? 0)
    },
  )
})
