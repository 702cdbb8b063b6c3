import type { EpisodeDocument, ImageDocument } from '../../content/documents.ts'

/** An image for the page's head (og:image, twitter:image, JSON-LD `image`). */
export type HeadImage = ImageDocument

/**
 * A show's artwork as the head uses it; its alt text falls back to the show's name.
 * Artwork is named as the publisher gave it (its original URL or file), at full size,
 * since only link previews and search engines read the head, never the visitor's browser.
 */
export function showArtwork(artwork: ImageDocument | null, showName: string): HeadImage | null {
  if (!artwork) return null
  const alt = artwork.alt || showName
  const { source, sourceWidth, sourceHeight } = artwork
  if (!source) return { ...artwork, alt }
  const size = { width: sourceWidth ?? null, height: sourceHeight ?? null }
  return { ...artwork, url2x: null, ...size, type: null, url: source, alt }
}

/** An episode's own image when it has one, else its show's artwork. */
export function episodeArtwork(episode: EpisodeDocument): HeadImage | null {
  if (episode.image) return showArtwork(episode.image, episode.title)
  return episode.show && showArtwork(episode.show.artwork, episode.show.name)
}
