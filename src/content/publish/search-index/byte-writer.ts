/** A growing byte buffer for LEB128 varints and raw bytes. */
export class ByteWriter {
  private buffer = new Uint8Array(1024)
  private length = 0

  private reserve(more: number) {
    if (this.length + more <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }

  varint(value: number) {
    this.reserve(5)
    let rest = value >>> 0
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest & 0x7f) | 0x80
      rest >>>= 7
    }
    this.buffer[this.length++] = rest
  }

  bytes(bytes: Uint8Array) {
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.length)
    this.length += bytes.length
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}
