/** An image for the page's head, in the shape of the catalog's image documents. */
export interface HeadImage {
  url: string
  alt: string
  width: number | null
  height: number | null
  type: string | null
}

/** A show's artwork as the head uses it (og:image, twitter:image, JSON-LD `image`). */
export function showArtwork(artwork: string | null, showName: string): HeadImage | null {
  return artwork ? { url: artwork, alt: showName, width: null, height: null, type: null } : null
}
