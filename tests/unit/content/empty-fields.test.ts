import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument } from '../../../src/content/documents.ts'
import { episode, fileIn, writeCatalog } from './support/temp-catalog.ts'

const compile = (files: Record<string, string>) => {
  const dir = writeCatalog(files)
  return compileCatalog({ dir, includeScheduled: false }).then((result) => ({ dir, result }))
}

const parse = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')

const uses = (fields: Record<string, string> = {}) =>
  episode({
    show: 'cloud-native-compass',
    technologies: '\n  - kairos\n  - rust',
    guests: '\n  - mauro-morales',
    ...fields,
  })

describe('an optional field left empty is absent', () => {
  it('reads `logos:`, `logos: null`, `subtitle:`, `cover:` and empty nested fields as absent, in every collection', async () => {
    const { result } = await compile({
      'ep.md': uses({ audioUrl: 'null', type: "''", category: '~' }).replace(
        '\nduration:',
        '\nsubtitle:\nduration:',
      ),
      'technologies/kairos/index.mdx': '---\nname: Kairos\nlogos:\nwebsite:\n---\nImmutable OS.\n',
      'technologies/rust/index.md': '---\nname: Rust\nlogos: null\ncategory: ~\n---\n',
      'shows/cloud-native-compass/index.md':
        '---\nname: Cloud Native Compass\ncover:\nartwork:\npodcast:\n  guid:\n  explicit: null\nsubscribeLinks:\n---\n',
      'people.yaml': 'mauro-morales:\n  name: Mauro Morales\n  github:\n  website: ""\n',
      'site.yaml':
        'title: Compass\nbaseUrl:\naudioUrlTemplate:\ncollections:\n  technologies: technologies\n  shows: shows\n  people:\n',
    })

    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    const doc = parse<EpisodeDocument>(result.documents, 'episodes/episode-one.json')
    expect(doc.title).toBe('Episode One')
    expect(doc.technologies.map((t) => t.name)).toEqual(['Kairos', 'Rust'])
    expect(doc.guests.map((g) => g.name)).toEqual(['Mauro Morales'])
    expect(doc.show?.name).toBe('Cloud Native Compass')
    expect(doc.audioUrl ?? null).toBeNull()
  })

  it('still fails on a required field left empty, at its line, saying it is empty', async () => {
    const { dir, result } = await compile({
      'ep.md':
        '---\nid: ep-1\nslug: episode-one\ntitle:\ndescription: d\npublishedAt: 2024-05-01T10:00:00Z\nduration: 600\n---\n',
      'technologies.yaml': 'rust:\n  name:\n',
    })

    const errors = result.problems.filter((p) => p.severity === 'error')
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: fileIn(dir, 'ep.md'),
        line: 4,
        field: 'title',
        message: expect.stringMatching(/^is empty, but it is required/),
      }),
    )
    expect(result.documents.has('episodes/episode-one.json')).toBe(false)
  })

  it('reports an empty required name of an entry an episode uses', async () => {
    const { dir, result } = await compile({
      'ep.md': episode({ technologies: '\n  - rust' }),
      'technologies.yaml': 'rust:\n  name:\n',
    })

    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: fileIn(dir, 'technologies.yaml'),
        line: 2,
        field: 'rust.name',
        message: expect.stringMatching(/is empty, but it is required/),
      }),
    )
  })
})

describe('an id with white space', () => {
  it('is a located warning that says it is usually a wrapped line', async () => {
    const { dir, result } = await compile({
      'ep.md': episode({ id: 'cpx1b17zh33oo8i72z\n  ptib9n' }),
    })

    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: fileIn(dir, 'ep.md'),
        line: 2,
        field: 'id',
        message: expect.stringContaining('usually the id wrapped onto a second line'),
      }),
    ])
    const doc = parse<EpisodeDocument>(result.documents, 'episodes/episode-one.json')
    expect(doc.id).toBe('cpx1b17zh33oo8i72z ptib9n')
  })
})
