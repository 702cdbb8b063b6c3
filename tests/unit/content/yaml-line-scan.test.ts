import { describe, expect, it } from 'vitest'
import { scanPosition } from '../../../src/content/yaml-line-scan.ts'
import { type FieldPath, YamlLocator } from '../../../src/content/yaml-locator.ts'

/** The position the `yaml` package gives, which the scan must reproduce exactly. */
function parsedPosition(source: string, path: FieldPath) {
  const locator = new YamlLocator(source, 2)
  void locator.document
  return locator.locate(path)
}

const plain = [
  'id: abc',
  'title:   "A \\"quoted\\" title"   ',
  'show: some-show # a comment',
  'description: |',
  '  # Not a comment: Markdown',
  '  guests: not a key',
  '',
  '  - not an item',
  '# a real comment',
  'guests:',
  '  - ada',
  '',
  '  # between items',
  "  - 'grace'",
  'technologies:',
  '- rust',
  '-   zig',
  'chapters:',
  '  - startTime: 0',
  '    title: >-',
  '      folded',
  '      - still the title',
  '  -   title: Second',
  '      startTime: 10',
  'empty:',
  'flow: [a, b]',
  '',
].join('\n')

describe('scanPosition', () => {
  const paths: FieldPath[] = [
    ['id'],
    ['title'],
    ['show'],
    ['flow'],
    ['guests', 0],
    ['guests', 1],
    ['technologies', 0],
    ['technologies', 1],
    ['chapters', 0],
    ['chapters', 1],
  ]
  it.each(paths.map((path) => [path.join('.'), path] as const))(
    'places %s where the yaml package does',
    (_, path) => {
      const scanned = scanPosition(plain, 2, path)
      expect(scanned).toBeDefined()
      expect(scanned).toEqual(parsedPosition(plain, path))
    },
  )

  it('leaves paths it cannot be sure of to the parser', () => {
    for (const path of [
      ['description'],
      ['empty'],
      ['guests'],
      ['guests', 2],
      ['flow', 0],
      ['chapters', 0, 'title'],
      ['missing'],
    ] satisfies FieldPath[]) {
      expect(scanPosition(plain, 2, path), path.join('.')).toBeUndefined()
    }
  })

  it.each([
    ['an anchor', 'guests: &people\n  - ada\n'],
    ['an alias item', 'guests:\n  - *ada\n'],
    ['a tag', 'guests:\n  - !!str ada\n'],
    ['a quote left open', 'title: "open\n  - guests: x\nguests:\n  - ada\n'],
    ['an escaped closing quote', 'title: "open\\"\nguests:\n  - ada\n'],
    ['a duplicate key', 'guests:\n  - ada\nguests:\n  - ada\n'],
    ['a document marker', 'id: a\n---\nguests:\n  - ada\n'],
    ['a complex key', '? guests\n: - ada\n'],
    ['a flow mapping', '{guests: [ada]}\n'],
    ['a tab after the dash', 'guests:\n  -\tada\n'],
  ])('does not guess through %s', (_, source) => {
    expect(scanPosition(source, 2, ['guests', 0])).toBeUndefined()
  })
})
