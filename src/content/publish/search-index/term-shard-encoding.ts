import { writePostingList } from '../../../lib/episode-sets/posting-list.ts'
import { VarintWriter } from '../../../lib/episode-sets/varint.ts'
import type { TermPostings } from './term-postings.ts'

const utf8 = new TextEncoder()

/**
 * A shard's words, what a query reads: the episodes per moment file (0 when
 * none), the count of words, then per word (sorted) its UTF-8 text and its
 * episode sets (all, prominent). `readTermShard` reads it.
 */
export function encodeTermShard(
  terms: ReadonlyArray<[string, TermPostings]>,
  momentBlock: number,
): Uint8Array {
  const out = new VarintWriter()
  out.write(momentBlock)
  out.write(terms.length)
  for (const [term, postings] of terms) {
    const text = utf8.encode(term)
    out.write(text.length)
    out.writeBytes(text)
    writePostingList(out, postings.episodes)
    writePostingList(out, postings.prominent)
  }
  return out.finish()
}

/** The ordinals in [from, to), counted from `from` (ascending input). */
function within(ordinals: readonly number[], from: number, to: number): [number[], number] {
  let first = 0
  while (first < ordinals.length && (ordinals[first] ?? 0) < from) first++
  const inside: number[] = []
  for (let i = first; i < ordinals.length && (ordinals[i] ?? 0) < to; i++) {
    inside.push((ordinals[i] ?? 0) - from)
  }
  return [inside, first]
}

/**
 * A shard's moments for episodes [from, to), what a page of results reads:
 * per word (in the shard's order) the episodes with it in a chapter title,
 * those with it in their transcript and, for each, the first passage that
 * says it. Ordinals are counted from `from`. `readMoments` reads it.
 */
export function encodeMoments(
  terms: ReadonlyArray<[string, TermPostings]>,
  from: number,
  to: number,
): Uint8Array {
  const out = new VarintWriter()
  for (const [, postings] of terms) {
    writePostingList(out, within(postings.chapters, from, to)[0])
    const [spoken, first] = within(postings.transcriptEpisodes, from, to)
    writePostingList(out, spoken)
    for (let i = 0; i < spoken.length; i++) out.write(postings.transcriptPassages[first + i] ?? 0)
  }
  return out.finish()
}
