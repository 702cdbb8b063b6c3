import type { ChapterDocument } from '../documents.ts'
import type { Chapter } from './schema.ts'

export interface ChapterNote {
  /** Index of the chapter in the file, for its position. */
  index: number
  code: 'chapters-out-of-order' | 'chapter-past-end' | 'chapters-not-at-zero'
  message: string
}

const at = (seconds: number) => `${seconds}s`

/**
 * Sorts chapters, leaves out the ones that start at or after the end (they
 * cannot be reached), and computes end times. What it had to fix comes back
 * as notes, so that the author hears about it.
 */
export function normalizeChapters(
  chapters: readonly Chapter[],
  duration: number,
): { chapters: ChapterDocument[]; notes: ChapterNote[] } {
  if (isTidy(chapters, duration)) return { chapters: withEndTimes(chapters, duration), notes: [] }
  const notes: ChapterNote[] = []
  const indexed = chapters.map((chapter, index) => ({ ...chapter, index }))
  const outOfOrder = indexed.findIndex(
    (c, i) => i > 0 && c.startTime < (indexed[i - 1]?.startTime ?? 0),
  )
  if (outOfOrder !== -1) {
    notes.push({
      index: outOfOrder,
      code: 'chapters-out-of-order',
      message: `chapters are out of order (this one starts before the one above it); they were sorted by startTime: list them in order`,
    })
  }
  const sorted = indexed.toSorted((a, b) => a.startTime - b.startTime)
  const reachable = sorted.filter((chapter) => {
    if (chapter.startTime < duration) return true
    notes.push({
      index: chapter.index,
      code: 'chapter-past-end',
      message: `starts at ${at(chapter.startTime)}, at or after the episode's end (duration ${at(duration)}); it was left out: fix its startTime or the duration`,
    })
    return false
  })
  const first = reachable[0]
  if (first && first.startTime !== 0) {
    notes.push({
      index: first.index,
      code: 'chapters-not-at-zero',
      message: `the first chapter starts at ${at(first.startTime)}, not 0; the opening ${at(first.startTime)} belong to no chapter: start the first chapter at 0`,
    })
  }
  return {
    chapters: withEndTimes(reachable, duration),
    notes: notes.sort((a, b) => a.index - b.index),
  }
}

/** In order, from 0, all before the end: the common case, with nothing to fix. */
function isTidy(chapters: readonly Chapter[], duration: number): boolean {
  let previous = 0
  for (let index = 0; index < chapters.length; index++) {
    const start = chapters[index]?.startTime ?? 0
    if (index === 0 ? start !== 0 : start < previous) return false
    previous = start
  }
  return previous < duration
}

function withEndTimes(chapters: readonly Chapter[], duration: number): ChapterDocument[] {
  return chapters.map((chapter, i) => ({
    startTime: chapter.startTime,
    endTime: chapters[i + 1]?.startTime ?? duration,
    title: chapter.title,
  }))
}
