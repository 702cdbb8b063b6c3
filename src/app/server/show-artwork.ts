import type { EpisodeDocument, ImageDocument } from '../../content/documents.ts'

/** An image for the page's head (og:image, twitter:image, JSON-LD `image`). */
export type HeadImage = ImageDocument

/**
 * A show's artwork as the head uses it; its alt text falls back to the show's name.
 * Artwork the build downloaded is named by its original URL, at full size, since
 * only link previews and search engines read the head, never the visitor's browser.
 */
export function showArtwork(artwork: ImageDocument | null, showName: string): HeadImage | null {
  if (!artwork) return null
  const alt = artwork.alt || showName
  if (!artwork.source) return { ...artwork, alt }
  const unknown = { url2x: null, width: null, height: null, type: null }
  return { ...artwork, ...unknown, url: artwork.source, alt }
}

/** An episode's own image when it has one, else its show's artwork. */
export function episodeArtwork(episode: EpisodeDocument): HeadImage | null {
  if (episode.image) return showArtwork(episode.image, episode.title)
  return episode.show && showArtwork(episode.show.artwork, episode.show.name)
}
