import type { EpisodeDocument } from '../../../content/documents.ts'

/** The episode page's player part: Play, the chapter list, links to a moment, `?t=`. */
export function EpisodePlayerPanel(_props: { episode: EpisodeDocument }) {
  return null
}
