import { type VarintReader, VarintWriter } from './varint.ts'

const DELTAS = 0
const BITMAP = 1

/**
 * Writes ascending episode ordinals as gaps (varints) or as a bitmap up to the
 * last of them, whichever is smaller: a rare guest or word takes a few bytes,
 * a show on a third of the episodes one bit an episode. The browse and the
 * search index both store their episode sets this way.
 */
export function writePostingList(
  out: VarintWriter,
  ordinals: ArrayLike<number> & Iterable<number>,
) {
  const deltas = new VarintWriter()
  let previous = -1
  for (const ordinal of ordinals) {
    deltas.write(ordinal - previous - 1)
    previous = ordinal
  }
  const gaps = deltas.finish()
  const bitmapLength = previous < 0 ? 0 : (previous >> 3) + 1
  out.write(ordinals.length)
  if (gaps.length <= bitmapLength) {
    out.write(DELTAS)
    out.writeBytes(gaps)
    return
  }
  const bitmap = new Uint8Array(bitmapLength)
  for (const ordinal of ordinals)
    bitmap[ordinal >> 3] = (bitmap[ordinal >> 3] ?? 0) | (1 << (ordinal & 7))
  out.write(BITMAP)
  out.write(bitmapLength)
  out.writeBytes(bitmap)
}

/** Reads what `writePostingList` wrote, as ascending ordinals. */
export function readPostingList(input: VarintReader): Int32Array {
  const count = input.read()
  const kind = input.read()
  const ordinals = new Int32Array(count)
  if (kind === DELTAS) {
    let previous = -1
    for (let k = 0; k < count; k++) {
      previous += input.read() + 1
      ordinals[k] = previous
    }
    return ordinals
  }
  if (kind !== BITMAP) throw new Error(`unknown posting list kind ${kind}`)
  const bitmap = input.readBytes(input.read())
  let k = 0
  for (let byte = 0; byte < bitmap.length; byte++) {
    const bits = bitmap[byte] ?? 0
    if (bits === 0) continue
    for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) ordinals[k++] = byte * 8 + bit
  }
  return ordinals
}
