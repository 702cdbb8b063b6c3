import { describe, expect, it } from 'vitest'
import { artworkNotes } from '../../../../src/content/publish/artwork-notes.ts'
import { defaultShowPodcast, type FeedImage } from '../../../../src/content/publish/feed-input.ts'

const show = (artwork: FeedImage | null) => ({
  slug: 'a-show',
  name: 'A Show',
  description: null,
  artwork,
  hosts: [],
  podcast: defaultShowPodcast,
})
const image = (url: string, width: number | null, height: number | null, type: string | null) => ({
  url,
  url2x: null,
  alt: 'A Show',
  source: null,
  width,
  height,
  type,
})
const messages = (artwork: FeedImage | null) =>
  artworkNotes(show(artwork)).map((note) => `${note.field}  ${note.message}`)

describe('artworkNotes', () => {
  it('says nothing about square JPEG or PNG artwork of 1400 to 3000 pixels', () => {
    expect(messages(image('/art/show.png', 3000, 3000, 'image/png'))).toEqual([])
    expect(messages(image('/art/show.jpg', null, null, null))).toEqual([])
  })

  it('warns when the artwork is missing, not square, too small or too large, or of another type', () => {
    expect(messages(null)).toEqual([
      expect.stringMatching(/^artwork {2}is missing: .*1400 to 3000/),
    ])
    expect(messages(image('/art/show.png', 1400, 1600, 'image/png'))).toEqual([
      'artwork  is 1400×1600 pixels: podcast apps want a square image',
    ])
    expect(messages(image('/art/show.png', 600, 600, 'image/png'))).toEqual([
      'artwork  is 600×600 pixels: Apple Podcasts wants 1400 to 3000 pixels a side',
    ])
    expect(messages(image('/art/show.webp', 3001, 3001, 'image/webp'))).toEqual([
      'artwork  is image/webp: podcast apps want a JPEG or PNG image',
      'artwork  is 3001×3001 pixels: Apple Podcasts wants 1400 to 3000 pixels a side',
    ])
    expect(messages(image('/art/show.gif', null, null, null))).toEqual([
      'artwork  is a .gif file: podcast apps want a JPEG or PNG image',
    ])
  })
})
