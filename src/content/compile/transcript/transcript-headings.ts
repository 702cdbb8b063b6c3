import type { ChapterDocument, TranscriptHeading, TranscriptParagraph } from '../../documents.ts'

/**
 * Places each chapter's title before the first paragraph that starts at or
 * after the chapter (a binary search: both lists are sorted); a chapter after
 * the last paragraph comes after it (`before` = the number of paragraphs).
 */
export function placeHeadings(
  chapters: readonly ChapterDocument[],
  paragraphs: readonly TranscriptParagraph[],
): TranscriptHeading[] {
  return chapters.map((chapter) => {
    let low = 0
    let high = paragraphs.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((paragraphs[middle]?.start ?? 0) < chapter.startTime) low = middle + 1
      else high = middle
    }
    return { title: chapter.title, start: chapter.startTime, before: low }
  })
}
