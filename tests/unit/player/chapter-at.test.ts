import { describe, expect, it } from 'vitest'
import {
  chapterAt,
  chapterIndexAt,
  nextChapterStart,
  previousChapterStart,
  reachableChapters,
} from '../../../src/features/player/lib/chapter-at.ts'

const chapters = [
  { startTime: 0, title: 'Intro' },
  { startTime: 114, title: 'Team' },
  { startTime: 157, title: 'Pitch' },
]

describe('chapterAt', () => {
  it('finds the chapter starting at 0, including at position 0', () => {
    expect(chapterAt(chapters, 0)?.title).toBe('Intro')
    expect(chapterIndexAt(chapters, 0)).toBe(0)
  })

  it('treats chapters as half-open intervals: an exact start belongs to the new chapter', () => {
    expect(chapterAt(chapters, 113.999)?.title).toBe('Intro')
    expect(chapterAt(chapters, 114)?.title).toBe('Team')
    expect(chapterAt(chapters, 157)?.title).toBe('Pitch')
  })

  it('keeps the last chapter past its start and stops at the duration', () => {
    expect(chapterAt(chapters, 2000, 2399)?.title).toBe('Pitch')
    expect(chapterAt(chapters, 2399, 2399)).toBeNull()
    expect(chapterAt(chapters, 5000, 2399)).toBeNull()
  })

  it('has no chapter before the first start or without chapters', () => {
    expect(chapterAt([{ startTime: 10, title: 'Late' }], 5)).toBeNull()
    expect(chapterAt([], 5)).toBeNull()
  })
})

describe('reachableChapters', () => {
  it('sorts and leaves out chapters at or past the duration', () => {
    const result = reachableChapters(
      [
        { startTime: 300, title: 'Gone' },
        { startTime: 50, title: 'B' },
        { startTime: 0, title: 'A' },
        { startTime: 200, title: 'End' },
      ],
      200,
    )
    expect(result.map((chapter) => chapter.title)).toEqual(['A', 'B'])
  })
})

describe('previous and next chapter', () => {
  it('restarts the current chapter when more than 3 seconds into it', () => {
    expect(previousChapterStart(chapters, 120)).toBe(114)
  })

  it('goes to the previous chapter within the first 3 seconds', () => {
    expect(previousChapterStart(chapters, 116)).toBe(0)
    expect(previousChapterStart(chapters, 1)).toBe(0)
  })

  it('goes to the next start, or nowhere after the last one', () => {
    expect(nextChapterStart(chapters, 0)).toBe(114)
    expect(nextChapterStart(chapters, 114)).toBe(157)
    expect(nextChapterStart(chapters, 200)).toBeNull()
  })
})
