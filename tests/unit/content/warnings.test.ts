import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument } from '../../../src/content/documents.ts'
import { formatReport } from '../../../src/content/read/problems.ts'
import { episode, fileIn, writeCatalog } from './support/temp-catalog.ts'

const chapters = (...list: Array<[number, string]>) =>
  `\n${list.map(([start, title]) => `  - startTime: ${start}\n    title: ${title}`).join('\n')}`

async function compile(files: Record<string, string>) {
  const dir = writeCatalog(files)
  const result = await compileCatalog({ dir, includeScheduled: false })
  const document: EpisodeDocument = JSON.parse(
    result.documents.get('episodes/episode-one.json') ?? 'null',
  )
  return { dir, result, document, report: formatReport(result.problems) }
}

describe('warnings', () => {
  it('sorts chapters that are out of order and says where', async () => {
    // Lines: 1 ---, 2-8 fields, 9 chapters:, 10-11 first chapter, 12-13 second, 14-15 third.
    const { dir, result, document, report } = await compile({
      'ep.md': episode({ chapters: chapters([0, 'A'], [200, 'C'], [100, 'B']) }),
    })
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: fileIn(dir, 'ep.md'),
        line: 14,
        field: 'chapters[2]',
      }),
    ])
    expect(report).toContain(`${fileIn(dir, 'ep.md')}:14:5  chapters[2]  chapters are out of order`)
    expect(document.chapters.map((c) => [c.startTime, c.endTime, c.title])).toEqual([
      [0, 100, 'A'],
      [100, 200, 'B'],
      [200, 600, 'C'],
    ])
  })

  it('warns when the first chapter does not start at 0', async () => {
    const { dir, result, document } = await compile({
      'ep.md': episode({ chapters: chapters([30, 'Late'], [90, 'Later']) }),
    })
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: fileIn(dir, 'ep.md'),
        line: 10,
        field: 'chapters[0]',
      }),
    ])
    expect(result.problems[0]?.message).toMatch(/starts at 30s, not 0/)
    expect(document.chapters[0]).toEqual({ startTime: 30, endTime: 90, title: 'Late' })
  })

  it('leaves out chapters at or after the end of the episode', async () => {
    const { dir, result, document } = await compile({
      'ep.md': episode({ chapters: chapters([0, 'In'], [600, 'At the end'], [700, 'Past it']) }),
    })
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      [fileIn(dir, 'ep.md'), 12, 'chapters[1]', 'warning'],
      [fileIn(dir, 'ep.md'), 14, 'chapters[2]', 'warning'],
    ])
    expect(document.chapters).toEqual([{ startTime: 0, endTime: 600, title: 'In' }])
  })

  it('leaves a missing audioFileSize to the feeds, which measure or estimate the size', async () => {
    const { result, document } = await compile({ 'ep.md': episode({ audioFileSize: '' }) })
    expect(result.problems).toEqual([])
    expect(document.audioFileSize).toBeNull()
  })

  it('warns about references a registry does not have, and derives their names', async () => {
    const { dir, result, document } = await compile({
      'people.yaml': 'jane-doe:\n  name: Jane Doe\n',
      'technologies.yaml': 'rust:\n  name: Rust\n',
      'shows.yaml': 'alpha:\n  name: Alpha\n  hosts: [jane-doe, ghost-host]\n',
      'ep.md': episode({
        guests: '[jane-doe, mauro-morales]',
        technologies: '\n  - rust\n  - web-assembly',
        show: 'beta-show',
      }),
    })
    const at = (file: string, line: number, field: string) =>
      expect.objectContaining({ severity: 'warning', file: fileIn(dir, file), line, field })
    expect(result.problems).toEqual([
      at('ep.md', 9, 'guests[1]'),
      at('ep.md', 12, 'technologies[1]'),
      at('ep.md', 13, 'show'),
      at('shows.yaml', 3, 'alpha.hosts[1]'),
    ])
    expect(result.problems[0]?.message).toContain(
      `"mauro-morales" is not in ${fileIn(dir, 'people.yaml')}`,
    )
    expect(document.guests.map((g) => g.name)).toEqual(['Jane Doe', 'Mauro Morales'])
    expect(document.technologies).toEqual([
      { slug: 'rust', name: 'Rust' },
      { slug: 'web-assembly', name: 'Web Assembly' },
    ])
    expect(document.show).toEqual({ slug: 'beta-show', name: 'Beta Show', artwork: null })
  })

  it('derives names silently when there is no registry at all', async () => {
    const { result, document } = await compile({
      'ep.md': episode({
        guests: '[mauro-morales]',
        technologies: '[kairos]',
        show: 'cloud-native-compass',
      }),
    })
    expect(result.problems).toEqual([])
    expect(document.guests[0]?.name).toBe('Mauro Morales')
    expect(document.show?.name).toBe('Cloud Native Compass')
  })

  it('drops unsafe registry links with a warning', async () => {
    const { dir, result, document } = await compile({
      'people.yaml':
        'jane-doe:\n  name: Jane\n  website: javascript:alert(1)\n  github: "<script>"\nsam:\n  name: Sam\n  github: https://github.example.com/sam\n',
      'shows.yaml': 'alpha:\n  name: Alpha\n  artwork: javascript:alert(1)\n',
      'ep.md': episode({ guests: '[jane-doe, sam]', show: 'alpha' }),
    })
    expect(result.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [fileIn(dir, 'people.yaml'), 3, 'jane-doe.website'],
      [fileIn(dir, 'people.yaml'), 4, 'jane-doe.github'],
      [fileIn(dir, 'shows.yaml'), 3, 'alpha.artwork'],
    ])
    expect(document.guests).toEqual([
      { slug: 'jane-doe', name: 'Jane', website: null, github: null, avatar: null },
      {
        slug: 'sam',
        name: 'Sam',
        website: null,
        github: 'https://github.example.com/sam',
        avatar: null,
      },
    ])
    expect(document.show?.artwork).toBeNull()
  })

  it('gives every warning a kind, for the build log to count them by', async () => {
    const { result } = await compile({
      'people.yaml': 'jane-doe:\n  name: Jane\n  website: javascript:alert(1)\n',
      'ep.md': episode({
        audioFileSize: '',
        guests: '[jane-doe, nobody]',
        chapters: chapters([30, 'Late'], [20, 'Early'], [900, 'Past']),
      }),
      'two.md': episode({
        id: 'ep-2',
        slug: 'episode-two',
        chapters: chapters([0, 'A'], [600, 'End']),
      }),
    })
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      'chapter-past-end',
      'chapter-past-end',
      'chapters-not-at-zero',
      'chapters-out-of-order',
      'unknown-reference',
      'unsafe-link',
    ])
  })
})
