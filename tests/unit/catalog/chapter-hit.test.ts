import { describe, expect, it } from 'vitest'
import { findChapterHit } from '../../../src/features/catalog/search/chapter-hit.ts'

describe('findChapterHit', () => {
  const chapters = [
    { startTime: 0, title: 'Kairos intro' },
    { startTime: 10, title: 'Kairos origin story' },
  ]
  it('prefers the chapter with the most matched words, then the earliest', () => {
    expect(findChapterHit(chapters, ['kairos', 'origin'])?.startTime).toBe(10)
    expect(findChapterHit(chapters, ['kairos'])?.startTime).toBe(0)
    expect(findChapterHit(chapters, ['nothing'])).toBeNull()
  })
})
