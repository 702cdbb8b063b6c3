export interface ChapterHit {
  startTime: number
  title: string
}

/** Splits text into lowercase words the way the search index does. */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .filter((term) => term !== '')
}

/**
 * The chapter whose title holds the most of the matched index terms (the
 * earliest on a tie), or null when no chapter title holds any of them.
 */
export function findChapterHit(
  chapters: ReadonlyArray<ChapterHit>,
  matchedTerms: readonly string[],
): ChapterHit | null {
  let best: ChapterHit | null = null
  let bestScore = 0
  for (const chapter of chapters) {
    const words = new Set(searchTerms(chapter.title))
    const score = matchedTerms.filter((term) => words.has(term)).length
    if (score > bestScore) {
      best = chapter
      bestScore = score
    }
  }
  return best
}
