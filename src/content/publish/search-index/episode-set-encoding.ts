import type { ByteWriter } from './byte-writer.ts'

const varintBytes = (value: number) =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4

/**
 * Writes ascending episode ordinals as whichever is smaller: gaps as varints
 * (tag 0, count, gaps) for a rare word, or a bitmap (tag 1, byte length, bits)
 * for a word that most episodes hold.
 */
export function writeEpisodeSet(out: ByteWriter, ordinals: readonly number[]) {
  let gapBytes = 0
  let previous = -1
  for (const ordinal of ordinals) {
    gapBytes += varintBytes(ordinal - previous)
    previous = ordinal
  }
  const bitmapBytes = previous < 0 ? 0 : (previous >> 3) + 1
  if (gapBytes <= bitmapBytes) {
    out.varint(0)
    out.varint(ordinals.length)
    previous = -1
    for (const ordinal of ordinals) {
      out.varint(ordinal - previous)
      previous = ordinal
    }
    return
  }
  const bits = new Uint8Array(bitmapBytes)
  for (const ordinal of ordinals)
    bits[ordinal >> 3] = (bits[ordinal >> 3] ?? 0) | (1 << (ordinal & 7))
  out.varint(1)
  out.varint(bitmapBytes)
  out.bytes(bits)
}
