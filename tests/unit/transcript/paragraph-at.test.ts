import { describe, expect, it } from 'vitest'
import { paragraphIndexAt } from '../../../src/features/transcript/lib/paragraph-at.ts'

const paragraphs = [
  { start: 2, end: 10 },
  { start: 10, end: 18 },
  { start: 25, end: 30 },
]

describe('paragraphIndexAt', () => {
  it.each([
    [0, -1],
    [1.99, -1],
    [2, 0],
    [9.99, 0],
    [10, 1],
    [20, 1], // a pause keeps the paragraph before it
    [25, 2],
    [29.9, 2],
    [30, -1], // the last paragraph is over
  ])('at %s seconds is %s', (position, index) => {
    expect(paragraphIndexAt(paragraphs, position)).toBe(index)
  })

  it('finds nothing in an empty transcript', () => {
    expect(paragraphIndexAt([], 5)).toBe(-1)
  })

  it('agrees with a linear scan on a three-hour transcript', () => {
    const long = Array.from({ length: 2500 }, (_, index) => ({
      start: index * 4.3,
      end: index * 4.3 + 4,
    }))
    for (let position = 0; position < 2500 * 4.3; position += 7.7) {
      const linear = long.findLastIndex((paragraph) => paragraph.start <= position)
      const expected = linear === long.length - 1 && position >= 2499 * 4.3 + 4 ? -1 : linear
      expect(paragraphIndexAt(long, position)).toBe(expected)
    }
  })
})
