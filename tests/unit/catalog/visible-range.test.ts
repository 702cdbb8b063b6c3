import { describe, expect, it } from 'vitest'
import { renderedIndexes, visibleRange } from '../../../src/features/catalog/hooks/visible-range.ts'

// Ten items of 100 px each: item i spans [100 i, 100 i + 100).
const offsets = Float64Array.from({ length: 11 }, (_, i) => i * 100)

describe('visibleRange', () => {
  it('covers the items overlapping the viewport, plus the overscan', () => {
    expect(visibleRange(offsets, 10, 0, 250, 0)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(offsets, 10, 450, 100, 0)).toEqual({ start: 4, end: 6 })
    expect(visibleRange(offsets, 10, 450, 100, 2)).toEqual({ start: 2, end: 8 })
  })

  it('stays within the list above its top and past its end', () => {
    expect(visibleRange(offsets, 10, -300, 200, 1)).toEqual({ start: 0, end: 2 })
    expect(visibleRange(offsets, 10, 5000, 300, 1)).toEqual({ start: 8, end: 10 })
    expect(visibleRange(offsets, 0, 0, 300, 1)).toEqual({ start: 0, end: 0 })
  })

  it('finds the range in a long list with uneven heights', () => {
    const uneven = new Float64Array(10_001)
    for (let i = 0; i < 10_000; i++) uneven[i + 1] = (uneven[i] ?? 0) + (i % 2 ? 300 : 100)
    // Items 5000 and 5001 start at 1,000,000 and 1,000,100.
    expect(visibleRange(uneven, 10_000, 1_000_050, 100, 0)).toEqual({ start: 5000, end: 5002 })
  })
})

describe('renderedIndexes', () => {
  it('is the range when the kept item is inside it or absent', () => {
    expect(renderedIndexes({ start: 2, end: 5 }, 10, 3)).toEqual([2, 3, 4])
    expect(renderedIndexes({ start: 2, end: 5 }, 10, -1)).toEqual([2, 3, 4])
  })

  it('adds the kept item outside the range on its side, in list order', () => {
    expect(renderedIndexes({ start: 6, end: 9 }, 10, 0)).toEqual([0, 6, 7, 8])
    expect(renderedIndexes({ start: 0, end: 3 }, 10, 7)).toEqual([0, 1, 2, 7])
  })

  it('drops a kept item the list no longer holds and clips the range to the count', () => {
    expect(renderedIndexes({ start: 0, end: 24 }, 8, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(renderedIndexes({ start: 0, end: 0 }, 0, 0)).toEqual([])
  })
})
