import { CORE_SCHEMA, load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../scripts/synthetic/random.ts'
import { JsYamlPositions } from '../../../src/content/read/yaml/js-yaml-positions.ts'
import { type FieldPath, YamlLocator } from '../../../src/content/read/yaml/yaml-locator.ts'
import { caseText, edgeCase, UNRELATED } from './support/edge-front-matter.ts'

/**
 * Warnings and errors name the line and column of a field. js-yaml's own
 * positions answer most lookups; where they answer, they must be the ones the
 * `yaml` package gives, on generated front-matter full of edge cases.
 */
const CASES = 1_500

/** Every path into a value, and a few that lead nowhere (missing keys, indexes past the end). */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): FieldPath[] {
  const paths: FieldPath[] = [prefix, [...prefix, 'missingField']]
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, index]))
    paths.push([...prefix, value.length])
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]))
  }
  return paths
}

function compare(yaml: string) {
  let value: unknown
  try {
    value = load(yaml, { schema: CORE_SCHEMA })
  } catch {
    return { paths: 0, answered: 0, mismatches: [] }
  }
  const positions = JsYamlPositions.read(yaml)
  const locator = new YamlLocator(yaml, 2)
  const mismatches: string[] = []
  let answered = 0
  const paths = pathsOf(value)
  for (const path of paths) {
    if (typeof positions?.offsetOf(path) === 'number') answered++
    const fast = locator.locate(path)
    const slow = locator.locateByDocument(path)
    if (fast.line !== slow.line || fast.column !== slow.column) {
      mismatches.push(
        `${JSON.stringify(path)}: ${fast.line}:${fast.column} ≠ ${slow.line}:${slow.column}\n${yaml}`,
      )
    }
  }
  return { paths: paths.length, answered, mismatches }
}

describe('positions from js-yaml', () => {
  it(`place every field of ${CASES} generated blocks where the yaml package does`, () => {
    const random = createRandom(20_261_202)
    let paths = 0
    let answered = 0
    const mismatches: string[] = []
    for (let index = 0; index < CASES; index++) {
      const edge = edgeCase(random, index)
      const entries = [...edge.entries]
      if (random.chance(0.3))
        entries.splice(random.int(0, entries.length), 0, random.pick(UNRELATED))
      const result = compare(caseText(edge, entries).yaml)
      paths += result.paths
      answered += result.answered
      mismatches.push(...result.mismatches)
    }
    expect(mismatches.slice(0, 3)).toEqual([])
    // The fast way must be the usual one, not a fallback that hides behind the yaml package.
    expect(answered / paths).toBeGreaterThan(0.9)
  }, 60_000)

  it('place nested lists, block scalars, comments and empty values', () => {
    const yaml = [
      'title: "Quoted: yes" # a comment',
      'subtitle:',
      'guests: [ada-lovelace, grace-hopper]',
      'technologies:',
      '  # the main one',
      '  - rust',
      '  -   go',
      'chapters:',
      '  - startTime: 0',
      '    title: Intro',
      '  -',
      '    startTime: 60',
      '    title: >-',
      '      Folded',
      'description: |',
      '  Text',
      '',
    ].join('\n')
    const result = compare(yaml)
    expect(result.mismatches).toEqual([])
    expect(result.answered).toBe(result.paths)
    const positions = JsYamlPositions.read(yaml)
    const at = (path: FieldPath) =>
      new YamlLocator(yaml, 2).positionOf(positions?.offsetOf(path) ?? -1)
    expect(at(['technologies', 1])).toEqual({ line: 8, column: 7 })
    expect(at(['chapters', 1, 'title'])).toEqual({ line: 14, column: 12 })
    expect(at(['subtitle'])).toEqual({ line: 3, column: 1 })
  })

  it('leave aliases, anchors and unreadable YAML to the yaml package', () => {
    expect(JsYamlPositions.read('a: &x [1]\nb: *x\n')?.offsetOf(['b', 0])).toBeNull()
    expect(JsYamlPositions.read('a: &x 1\n')?.offsetOf(['a'])).toBeNull()
    expect(JsYamlPositions.read('a: [1\n')).toBeNull()
    expect(JsYamlPositions.read('a: 1\na: 2\n')).toBeNull()
  })
})
