import { ByteWriter } from './byte-writer.ts'
import { writeEpisodeSet } from './episode-set-encoding.ts'
import type { TermPostings } from './term-postings.ts'

const utf8 = new TextEncoder()

/**
 * One shard: the count of words, then per word (sorted) its UTF-8 text and
 * its episode sets (all, prominent, chapters, transcript) and the first
 * transcript passage that says it in each transcript episode. `readTermShard` reads it.
 */
export function encodeTermShard(terms: ReadonlyArray<[string, TermPostings]>): Uint8Array {
  const out = new ByteWriter()
  out.varint(terms.length)
  for (const [term, postings] of terms) {
    const text = utf8.encode(term)
    out.varint(text.length)
    out.bytes(text)
    writeEpisodeSet(out, postings.episodes)
    writeEpisodeSet(out, postings.prominent)
    writeEpisodeSet(out, postings.chapters)
    writeEpisodeSet(out, postings.transcriptEpisodes)
    for (const passage of postings.transcriptPassages) out.varint(passage)
  }
  return out.done()
}
