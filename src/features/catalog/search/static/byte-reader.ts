/** Reads what the index writer's ByteWriter wrote: LEB128 varints and raw bytes. */
export class ByteReader {
  private at = 0
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.bytes.length
  }

  varint(): number {
    let value = 0
    let shift = 0
    for (;;) {
      const byte = this.bytes[this.at++]
      if (byte === undefined) throw new Error('search index part ends inside a number')
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
      shift += 7
    }
  }

  bytesOf(length: number): Uint8Array {
    const slice = this.bytes.subarray(this.at, this.at + length)
    this.at += length
    return slice
  }
}

/** Ascending episode ordinals, as the writer's `writeEpisodeSet` stored them. */
export function readEpisodeSet(reader: ByteReader): Int32Array {
  const tag = reader.varint()
  if (tag === 0) {
    const ordinals = new Int32Array(reader.varint())
    let previous = -1
    for (let i = 0; i < ordinals.length; i++) {
      previous += reader.varint()
      ordinals[i] = previous
    }
    return ordinals
  }
  const bits = reader.bytesOf(reader.varint())
  const found: number[] = []
  for (let byte = 0; byte < bits.length; byte++) {
    let mask = bits[byte] ?? 0
    while (mask !== 0) {
      const low = mask & -mask
      found.push(byte * 8 + 31 - Math.clz32(low))
      mask ^= low
    }
  }
  return Int32Array.from(found)
}
