import type { Chapter } from '../content/compile/schema.ts'
import type { SourceItem } from './read-feed.ts'

/** Podlove's normal play time: `hh:mm:ss.mmm`, `mm:ss`, or seconds. */
export function normalPlayTime(value: string): number | null {
  const match = /^(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:\.\d+)?)$/.exec(value.trim())
  if (!match) return null
  const [, hours, minutes, seconds] = match
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds)
}

/** `psc:chapters` of an item; chapters whose start cannot be read are counted, not guessed. */
export function podloveChapters(item: SourceItem): { chapters: Chapter[]; unreadable: number } {
  const chapters: Chapter[] = []
  let unreadable = 0
  for (const chapter of item.psc?.chapters ?? []) {
    const startTime = normalPlayTime(chapter.start ?? '')
    const title = chapter.title?.trim()
    if (startTime === null || !title) unreadable++
    else chapters.push({ startTime, title })
  }
  return { chapters, unreadable }
}

interface ChaptersJson {
  chapters?: Array<{ startTime?: unknown; title?: unknown; toc?: unknown }>
}

/** Chapters from a Podcasting 2.0 JSON chapters file; `toc: false` entries are not chapters. */
export function jsonChapters(text: string): Chapter[] {
  const file = JSON.parse(text) as ChaptersJson
  if (!Array.isArray(file.chapters)) throw new Error('it has no "chapters" list')
  return file.chapters.flatMap((chapter) =>
    typeof chapter.startTime === 'number' &&
    chapter.startTime >= 0 &&
    typeof chapter.title === 'string' &&
    chapter.title.trim() &&
    chapter.toc !== false
      ? [{ startTime: chapter.startTime, title: chapter.title.trim() }]
      : [],
  )
}
