import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** MPEG-1 Layer III, 192 kbps, 48 kHz, mono, no CRC: 576 bytes and 1,152 samples (24 ms) a frame. */
const HEADER = [0xff, 0xfb, 0xb4, 0xc0]
const FRAME_BYTES = 576
const FRAME_SECONDS = 1152 / 48000

/**
 * A constant-bitrate MP3 of silence, `seconds` long, written without an encoder:
 * every frame is a header and zeroed side info (no audio data), which decoders
 * play as silence. Made once under `.bench/` and reused.
 */
export function silentMp3(seconds: number, file = resolve(`.bench/silence-${seconds}s-192k.mp3`)) {
  const frames = Math.ceil(seconds / FRAME_SECONDS)
  if (existsSync(file) && statSync(file).size === frames * FRAME_BYTES) return file
  mkdirSync(dirname(file), { recursive: true })
  const frame = Buffer.alloc(FRAME_BYTES)
  frame.set(HEADER)
  const perChunk = 1000
  const chunk = Buffer.concat(Array.from({ length: perChunk }, () => frame))
  const fd = openSync(file, 'w')
  try {
    for (let written = 0; written < frames; written += perChunk) {
      const count = Math.min(perChunk, frames - written)
      writeSync(fd, chunk, 0, count * FRAME_BYTES)
    }
  } finally {
    closeSync(fd)
  }
  return file
}
