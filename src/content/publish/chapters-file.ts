import type { ChapterDocument } from '../documents.ts'

/** A Podcasting 2.0 JSON chapters file (format 1.2.0). */
export interface ChaptersFile {
  version: '1.2.0'
  chapters: Array<{ startTime: number; title: string; img?: string; url?: string }>
}

type ChapterSource = ChapterDocument & { img?: string | null; url?: string | null }

/** The chapters the site shows, with `img` and `url` where a chapter has them. */
export function chaptersFile(chapters: readonly ChapterSource[]): ChaptersFile {
  return {
    version: '1.2.0',
    chapters: chapters.map(({ startTime, title, img, url }) => ({
      startTime,
      title,
      ...(img ? { img } : {}),
      ...(url ? { url } : {}),
    })),
  }
}
