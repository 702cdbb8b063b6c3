import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listEpisodeFiles, splitFrontMatter } from '../../../scripts/front-matter.ts'

const MPEG2_LAYER3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
const MPEG2_SAMPLE_RATES = [22_050, 24_000, 16_000]

/** Reads the first MPEG audio frame header after the ID3v2 tag, without external tools. */
function firstFrame(bytes: Buffer) {
  const tagged = bytes.subarray(0, 3).toString('latin1') === 'ID3'
  const tagSize = tagged
    ? 10 + [6, 7, 8, 9].reduce((size, at) => (size << 7) | ((bytes[at] ?? 0) & 0x7f), 0)
    : 0
  const header = bytes.readUInt32BE(tagSize)
  return {
    audioBytes: bytes.length - tagSize,
    sync: header >>> 21 === 0x7ff,
    mpeg2: ((header >>> 19) & 0b11) === 0b10,
    layer3: ((header >>> 17) & 0b11) === 0b01,
    kbps: MPEG2_LAYER3_KBPS[(header >>> 12) & 0xf] ?? 0,
    sampleRate: MPEG2_SAMPLE_RATES[(header >>> 10) & 0b11] ?? 0,
    mono: ((header >>> 6) & 0b11) === 0b11,
  }
}

const episodes = await Promise.all(
  (await listEpisodeFiles('episodes')).map(async (file) => {
    const { data } = splitFrontMatter(readFileSync(join('episodes', file), 'utf8'))
    return { slug: String(data.slug), duration: Number(data.duration) }
  }),
)

describe('the sample audio', () => {
  it.each(episodes)(
    '$slug.mp3 is mono 16 kHz constant-bitrate MP3 as long as the episode',
    ({ slug, duration }) => {
      const frame = firstFrame(readFileSync(join('public/audio', `${slug}.mp3`)))
      expect(frame).toMatchObject({ sync: true, mpeg2: true, layer3: true, mono: true })
      expect(frame.sampleRate).toBe(16_000)
      expect([8, 16]).toContain(frame.kbps)
      // At a constant bitrate the size gives the length; the encoder adds well under a second.
      const seconds = (frame.audioBytes * 8) / (frame.kbps * 1000)
      expect(Math.abs(seconds - duration)).toBeLessThan(1)
    },
  )
})
