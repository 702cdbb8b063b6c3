import type { EpisodeToIndex } from '../../../../src/content/publish/search-index/search-index-files.ts'
import { createSearchEngine, type SearchEngine } from './reference-engine.ts'

/**
 * The in-memory engine as the answer to compare with: titles and guests as it
 * ranks them, chapters as it reads them, and every other field the static index
 * covers (show notes, technology and show names, transcripts) added to the
 * description it searches.
 */
export function referenceSearch(episodes: readonly EpisodeToIndex[]): Promise<SearchEngine> {
  return createSearchEngine(
    episodes.map(({ episode, transcript }) => ({
      title: episode.title,
      guestNames: episode.guests.map((guest) => guest.name),
      description: [
        episode.description,
        episode.showNotes,
        ...episode.technologies.map((technology) => technology.name),
        episode.show?.name ?? '',
        ...(transcript ?? []).map((paragraph) => paragraph.text),
      ].join('\n'),
      chapters: episode.chapters,
    })),
  )
}
