import { describe, expect, it } from 'vitest'
import { normalizeChapters } from '../../../src/content/compile/chapters.ts'
import { normalizeDate } from '../../../src/content/compile/episode-document.ts'

describe('normalizeDate', () => {
  it('gives UTC ISO strings, reading a time without a zone as UTC', () => {
    expect(normalizeDate('2025-12-18T10:00:00.000Z')).toBe('2025-12-18T10:00:00.000Z')
    expect(normalizeDate('2025-12-18T10:00:00+02:00')).toBe('2025-12-18T08:00:00.000Z')
    expect(normalizeDate('2025-12-18T10:00:00-0130')).toBe('2025-12-18T11:30:00.000Z')
    expect(normalizeDate('2025-12-18 10:00')).toBe('2025-12-18T10:00:00.000Z')
    expect(normalizeDate('2025-12-18')).toBe('2025-12-18T00:00:00.000Z')
  })
})

describe('normalizeChapters', () => {
  it('keeps tidy chapters as they are, with end times', () => {
    expect(
      normalizeChapters(
        [
          { startTime: 0, title: 'A' },
          { startTime: 10, title: 'B' },
        ],
        30,
      ),
    ).toEqual({
      chapters: [
        { startTime: 0, endTime: 10, title: 'A' },
        { startTime: 10, endTime: 30, title: 'B' },
      ],
      notes: [],
    })
  })

  it('sorts stably, drops unreachable chapters and notes each fix by index', () => {
    const { chapters, notes } = normalizeChapters(
      [
        { startTime: 20, title: 'C' },
        { startTime: 5, title: 'A' },
        { startTime: 5, title: 'B' },
        { startTime: 30, title: 'End' },
      ],
      30,
    )
    expect(chapters.map((c) => [c.startTime, c.endTime, c.title])).toEqual([
      [5, 5, 'A'],
      [5, 20, 'B'],
      [20, 30, 'C'],
    ])
    expect(notes.map((n) => [n.index, n.message.split(' ').slice(0, 4).join(' ')])).toEqual([
      [1, 'chapters are out of'],
      [1, 'the first chapter starts'],
      [3, 'starts at 30s, at'],
    ])
  })

  it('handles an episode without chapters', () => {
    expect(normalizeChapters([], 30)).toEqual({ chapters: [], notes: [] })
  })
})
