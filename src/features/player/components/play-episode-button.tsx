import type { EpisodeSummary } from '../../../content/documents.ts'

/** Starts (or pauses) this episode in the player without leaving the page. */
export function PlayEpisodeButton(_props: { episode: Pick<EpisodeSummary, 'slug' | 'title'> }) {
  return null
}
