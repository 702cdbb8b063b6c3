import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { CatalogIndex } from '../../../src/content/documents.ts'
import { episode, fileIn, writeCatalog } from './support/temp-catalog.ts'

describe('registries and site.yaml', () => {
  it('reports each registry problem at its node: errors for entries in use, warnings for the rest', async () => {
    const dir = writeCatalog({
      'people.yaml':
        'jane-doe:\n  name: Jane\nBad Slug:\n  name: Bad\nno-name:\n  website: https://x.example\n',
      'technologies.yaml': 'rust:\n  name: [not, text]\n',
      'shows.yaml': 'alpha: just a string\n',
      'site.yaml':
        'title: Site\nlanguage: not a language\nbaseUrl: javascript:alert(1)\naudioUrlTemplate: ftp://x/{id}\n',
      'ep.md': episode({ guests: '[no-name]', show: 'alpha' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      [fileIn(dir, 'people.yaml'), 4, 'Bad Slug', 'warning'],
      [fileIn(dir, 'people.yaml'), 6, 'no-name.name', 'error'],
      [fileIn(dir, 'shows.yaml'), 1, 'alpha', 'error'],
      [fileIn(dir, 'site.yaml'), 2, 'language', 'error'],
      [fileIn(dir, 'site.yaml'), 3, 'baseUrl', 'error'],
      [fileIn(dir, 'site.yaml'), 4, 'audioUrlTemplate', 'error'],
      [fileIn(dir, 'technologies.yaml'), 2, 'rust.name', 'warning'],
    ])
    expect(result.problems[0]?.message).toBe(
      'the key "Bad Slug" is read as "bad-slug" (lowercase, hyphens): episodes refer to it as bad-slug',
    )
    expect(result.problems.at(-1)?.message).toMatch(
      /\(no episode uses "rust", so it was left out\)$/,
    )
  })

  it('reports YAML errors and binary files in registries', async () => {
    const dir = writeCatalog({
      'people.yaml': 'jane-doe:\n  name: Jane\njane-doe:\n  name: Again\n',
      'shows.yaml': new Uint8Array([0x61, 0x3a, 0x00, 0x01]),
      // A broken registry is reported once, not again at every reference to it.
      'ep.md': episode({ guests: '[jane-doe]', show: 'alpha' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [fileIn(dir, 'people.yaml'), 3, 'jane-doe'],
      [fileIn(dir, 'shows.yaml'), 1, '(file)'],
    ])
  })

  it('uses defaults without site.yaml, and accepts empty registries', async () => {
    const dir = writeCatalog({
      'people.yaml': '# nobody yet\n',
      'ep.md': episode({ guests: '[jane-doe]' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    const index: CatalogIndex = JSON.parse(result.documents.get('episodes.json') ?? 'null')
    expect(index.site).toEqual({ title: 'Podcast', description: '', language: 'en', baseUrl: null })
    // The registry exists, so the unknown guest is worth a warning.
    expect(result.problems.map((p) => [p.field, p.severity])).toEqual([['guests[0]', 'warning']])
  })
})
