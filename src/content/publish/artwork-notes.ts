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
  const { width, height, type } = artwork
  if (type && type !== 'image/jpeg' && type !== 'image/png') {
    notes.push(note(show, `is ${type}: podcast apps want a JPEG or PNG image`))
  }
  if (width !== null && height !== null) {
    if (width !== height) {
      notes.push(note(show, `is ${width}×${height} pixels: podcast apps want a square image`))
    }
    const side = Math.max(width, height)
    if (side < 1400 || side > 3000) {
      notes.push(
        note(show, `is ${width}×${height} pixels: Apple Podcasts wants 1400 to 3000 pixels a side`),
      )
    }
  }
  return notes
}
