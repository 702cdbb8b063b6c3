import { readPostingList } from '../../../../lib/episode-sets/posting-list.ts'
import { VarintReader } from '../../../../lib/episode-sets/varint.ts'

/** Where one indexed word occurs; ordinals ascending (newest first). */
export interface TermPostings {
  episodes: Int32Array
  /** In the title or a guest's name. */
  prominent: Int32Array
}

export interface TermShardData {
  /** Episodes per moment file of this shard; 0 when its words are in no chapter or transcript. */
  momentBlock: number
  /** In the order the moment files list them. */
  terms: string[]
  postings: Map<string, TermPostings>
}

/** Where one word is in chapter titles and transcripts, for one block of episodes. */
export interface TermMoments {
  /** Episodes with the word in a chapter title. */
  chapters: Int32Array
  /** Episode ordinal → first transcript passage that says the word. */
  spoken: Map<number, number>
}

const utf8 = new TextDecoder()

/** Reads a shard the index writer's `encodeTermShard` wrote. */
export function readTermShard(bytes: Uint8Array): TermShardData {
  const reader = new VarintReader(bytes)
  const momentBlock = reader.read()
  const terms: string[] = []
  const postings = new Map<string, TermPostings>()
  const count = reader.read()
  for (let i = 0; i < count; i++) {
    const term = utf8.decode(reader.readBytes(reader.read()))
    terms.push(term)
    postings.set(term, { episodes: readPostingList(reader), prominent: readPostingList(reader) })
  }
  return { momentBlock, terms, postings }
}

/** Reads a moment file (`encodeMoments`) of a shard, its episodes from ordinal `from`. */
export function readMoments(
  bytes: Uint8Array,
  terms: readonly string[],
  from: number,
): Map<string, TermMoments> {
  const reader = new VarintReader(bytes)
  const moments = new Map<string, TermMoments>()
  for (const term of terms) {
    const chapters = readPostingList(reader).map((ordinal) => ordinal + from)
    const spoken = new Map<number, number>()
    for (const ordinal of readPostingList(reader)) spoken.set(ordinal + from, reader.read())
    moments.set(term, { chapters, spoken })
  }
  return moments
}
