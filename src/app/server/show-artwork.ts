import type { ImageDocument } from '../../content/documents.ts'

/** An image for the page's head (og:image, twitter:image, JSON-LD `image`). */
export type HeadImage = ImageDocument

/** A show's artwork as the head uses it; its alt text falls back to the show's name. */
export function showArtwork(artwork: ImageDocument | null, showName: string): HeadImage | null {
  return artwork ? { ...artwork, alt: artwork.alt || showName } : null
}
