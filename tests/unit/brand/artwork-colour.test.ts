import { describe, expect, it } from 'vitest'
import { artworkColour, type Pixels } from '../../../src/content/compile/brand/artwork-colour.ts'

/** `count` pixels of each colour, as RGB bytes. */
function pixels(...parts: Array<[rgb: [number, number, number], count: number]>): Pixels {
  const bytes = parts.flatMap(([rgb, count]) => Array.from({ length: count }, () => rgb).flat())
  return { data: Uint8Array.from(bytes), channels: 3 }
}

describe('artworkColour', () => {
  it('gives a one-colour artwork its colour', () => {
    expect(artworkColour(pixels([[124, 58, 237], 64]))).toBe('#7c3aed')
  })

  it('picks the vivid colour over larger dull areas', () => {
    const found = artworkColour(
      pixels([[240, 240, 240], 60], [[20, 20, 20], 20], [[220, 38, 38], 20]),
    )
    expect(found).toBe('#dc2626')
  })

  it('picks the hue with the most colour, not an average of two hues', () => {
    const found = artworkColour(pixels([[37, 99, 235], 30], [[234, 88, 12], 70]))
    expect(found).toBe('#ea580c')
  })

  it('gives nearly white, nearly black and grey artworks their average', () => {
    expect(artworkColour(pixels([[250, 250, 252], 50], [[246, 246, 248], 50]))).toBe('#f8f8fa')
    expect(artworkColour(pixels([[8, 8, 10], 100]))).toBe('#08080a')
    expect(artworkColour(pixels([[128, 128, 128], 100]))).toBe('#808080')
  })

  it('leaves transparent pixels out', () => {
    const data = Uint8Array.from([255, 0, 0, 0, 0, 128, 0, 255, 0, 128, 0, 255])
    expect(artworkColour({ data, channels: 4 })).toBe('#008000')
  })
})
