import type { FeedShow } from './feed-input.ts'
import type { FeedNote } from './feed-notes.ts'

const note = (show: FeedShow, message: string): FeedNote => ({
  about: { kind: 'show', slug: show.slug },
  field: 'artwork',
  message,
})

/** Apple Podcasts wants square JPEG or PNG artwork of 1400 to 3000 pixels. */
export function artworkNotes(show: FeedShow): FeedNote[] {
  const { artwork } = show
  if (!artwork) {
    return [
      note(
        show,
        'is missing: podcast apps show no cover for this feed and Apple Podcasts refuses it; add a square JPEG or PNG of 1400 to 3000 pixels',
      ),
    ]
  }
  const notes: FeedNote[] = []
  const { width, height } = artwork
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(artwork.url)?.[1]?.toLowerCase()
  const type = artwork.type ?? (extension ? `a .${extension} file` : null)
  if (type && !/^(?:image\/(?:jpeg|png)|a \.(?:jpe?g|png) file)$/.test(type)) {
    notes.push(note(show, `is ${type}: podcast apps want a JPEG or PNG image`))
  }
  if (width !== null && height !== null) {
    if (width !== height) {
      notes.push(note(show, `is ${width}×${height} pixels: podcast apps want a square image`))
    }
    if (Math.min(width, height) < 1400 || Math.max(width, height) > 3000) {
      notes.push(
        note(show, `is ${width}×${height} pixels: Apple Podcasts wants 1400 to 3000 pixels a side`),
      )
    }
  }
  return notes
}
