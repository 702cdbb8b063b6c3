import type { EpisodeDocument } from '../documents.ts'

export interface PublishedImage {
  url: string
  width: number | null
  height: number | null
}

/** The show's artwork of an episode, read in one place so that its shape can change here alone. */
export function showArtwork(episode: Pick<EpisodeDocument, 'show'>): PublishedImage | null {
  const url = episode.show?.artwork
  return url ? { url, width: null, height: null } : null
}
