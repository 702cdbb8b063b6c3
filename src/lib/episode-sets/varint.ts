/** Unsigned LEB128 varints: 7 bits a byte, low bits first; small numbers take one byte. */
export class VarintWriter {
  private bytes = new Uint8Array(256)
  private length = 0

  write(value: number): void {
    if (value < 0 || !Number.isInteger(value)) throw new Error(`not a varint: ${value}`)
    this.reserve(5)
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80
      rest = Math.floor(rest / 128)
    }
    this.bytes[this.length++] = rest
  }

  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra))
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
}

export class VarintReader {
  offset = 0

  constructor(private readonly bytes: Uint8Array) {}

  read(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.bytes[this.offset++]
      if (byte === undefined) throw new Error('browse index part ends inside a number')
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 128
    }
  }

  readBytes(length: number): Uint8Array {
    const bytes = this.bytes.subarray(this.offset, this.offset + length)
    if (bytes.length < length) throw new Error('browse index part ends inside a bitmap')
    this.offset += length
    return bytes
  }

  get done(): boolean {
    return this.offset >= this.bytes.length
  }
}
