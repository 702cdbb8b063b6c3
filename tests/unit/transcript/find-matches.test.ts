import { describe, expect, it } from 'vitest'
import {
  findMatches,
  matchesByParagraph,
  stepMatch,
} from '../../../src/features/transcript/lib/find-matches.ts'

const texts = ['Rust is fast. RUST is safe.', 'Nothing here.', 'Trust the rust']

describe('findMatches', () => {
  it('finds every occurrence in reading order, ignoring case', () => {
    expect(findMatches(texts, 'rust')).toEqual([
      { paragraph: 0, start: 0, end: 4 },
      { paragraph: 0, start: 14, end: 18 },
      { paragraph: 2, start: 1, end: 5 },
      { paragraph: 2, start: 10, end: 14 },
    ])
  })

  it('trims the query and finds nothing for an empty one', () => {
    expect(findMatches(texts, '  ')).toEqual([])
    expect(findMatches(texts, ' safe ')).toEqual([{ paragraph: 0, start: 22, end: 26 }])
  })

  it('treats the query as text, not as a pattern', () => {
    expect(findMatches(['a.b a+b (x)'], 'a+b')).toEqual([{ paragraph: 0, start: 4, end: 7 }])
    expect(findMatches(['a.b a+b (x)'], '(x)')).toHaveLength(1)
    expect(findMatches(['abc'], '.')).toEqual([])
  })

  it('does not count overlapping occurrences twice', () => {
    expect(findMatches(['aaaa'], 'aa')).toHaveLength(2)
  })
})

describe('matchesByParagraph', () => {
  it('groups matches and keeps their place in the whole list', () => {
    const groups = matchesByParagraph(findMatches(texts, 'rust'))
    expect([...groups.keys()]).toEqual([0, 2])
    expect(groups.get(2)?.map((match) => match.index)).toEqual([2, 3])
  })
})

describe('stepMatch', () => {
  it('goes forward and back, wrapping around', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0)
    expect(stepMatch(-1, 3, -1)).toBe(2)
    expect(stepMatch(2, 3, 1)).toBe(0)
    expect(stepMatch(0, 3, -1)).toBe(2)
    expect(stepMatch(0, 0, 1)).toBe(-1)
  })
})
