/** The part of a chapter the player needs: it starts at `startTime` (seconds) and runs until the next one starts. */
export interface TimedChapter {
  startTime: number
  title: string
}

/** Chapters the listener can reach: sorted, and starting before the end of the episode. */
export function reachableChapters<T extends TimedChapter>(
  chapters: readonly T[],
  duration: number,
): T[] {
  return chapters
    .filter((chapter) => chapter.startTime >= 0 && chapter.startTime < duration)
    .sort((a, b) => a.startTime - b.startTime)
}

/**
 * Index of the chapter playing at `position`, chapters being half-open
 * intervals [start, next start) and the last one ending at `duration`.
 * -1 before the first chapter or at/after the end.
 */
export function chapterIndexAt(
  chapters: readonly TimedChapter[],
  position: number,
  duration = Number.POSITIVE_INFINITY,
): number {
  if (!(position < duration)) return -1
  let found = -1
  for (const [index, chapter] of chapters.entries()) {
    if (chapter.startTime > position) break
    found = index
  }
  return found
}

export function chapterAt<T extends TimedChapter>(
  chapters: readonly T[],
  position: number,
  duration = Number.POSITIVE_INFINITY,
): T | null {
  return chapters[chapterIndexAt(chapters, position, duration)] ?? null
}

/** Past this many seconds into a chapter, "previous" restarts it instead of going back one. */
export const RESTART_THRESHOLD = 3

/** Where "Previous chapter" goes from `position`. */
export function previousChapterStart(chapters: readonly TimedChapter[], position: number): number {
  const index = chapterIndexAt(chapters, position)
  const current = chapters[index]
  if (!current) return 0
  if (position - current.startTime > RESTART_THRESHOLD) return current.startTime
  return chapters[index - 1]?.startTime ?? current.startTime
}

/** Where "Next chapter" goes from `position`, or null after the last chapter's start. */
export function nextChapterStart(
  chapters: readonly TimedChapter[],
  position: number,
): number | null {
  return chapters.find((chapter) => chapter.startTime > position)?.startTime ?? null
}
