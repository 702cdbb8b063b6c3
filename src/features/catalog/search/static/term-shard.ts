import { ByteReader, readEpisodeSet } from './byte-reader.ts'

/** Where one indexed word occurs; ordinals ascending (newest first). */
export interface TermPostings {
  episodes: Int32Array
  /** In the title or a guest's name. */
  prominent: Int32Array
  /** In a chapter title. */
  chapters: Int32Array
  /** Episode ordinal → first transcript passage that says the word. */
  spoken: Map<number, number>
}

const utf8 = new TextDecoder()

/** Reads a shard the index writer's `encodeTermShard` wrote. */
export function readTermShard(bytes: Uint8Array): Map<string, TermPostings> {
  const reader = new ByteReader(bytes)
  const terms = new Map<string, TermPostings>()
  const count = reader.varint()
  for (let i = 0; i < count; i++) {
    const term = utf8.decode(reader.bytesOf(reader.varint()))
    const episodes = readEpisodeSet(reader)
    const prominent = readEpisodeSet(reader)
    const chapters = readEpisodeSet(reader)
    const transcript = readEpisodeSet(reader)
    const spoken = new Map<number, number>()
    for (const ordinal of transcript) spoken.set(ordinal, reader.varint())
    terms.set(term, { episodes, prominent, chapters, spoken })
  }
  return terms
}
