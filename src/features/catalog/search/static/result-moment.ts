import { findChapterHit } from '../chapter-hit.ts'
import type { IndexParts, TermShard } from './index-parts.ts'
import { placedTerms } from './index-terms.ts'

/** Where a result leads in the episode, and the words that matched there. */
export interface ResultMoment {
  /** Seconds into the episode: link to `/episodes/<slug>?t=<seconds>`. */
  seconds: number
  field: 'chapter' | 'transcript'
  snippet: string
  /** `[start, end)` character ranges of the matched words in `snippet`. */
  highlights: Array<[start: number, end: number]>
}

/** Whether ascending `ordinals` holds `ordinal` (binary search). */
export function holds(ordinals: Int32Array, ordinal: number): boolean {
  let low = 0
  let high = ordinals.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = ordinals[middle] ?? 0
    if (value === ordinal) return true
    if (value < ordinal) low = middle + 1
    else high = middle - 1
  }
  return false
}

function highlighted(
  seconds: number,
  field: ResultMoment['field'],
  snippet: string,
  words: ReadonlySet<string>,
): ResultMoment {
  const highlights = placedTerms(snippet)
    .filter(({ term }) => words.has(term))
    .map(({ start, end }): [number, number] => [start, end])
  return { seconds, field, snippet, highlights }
}

/**
 * The best moment of a matching episode: the chapter whose title holds the
 * most matched words, as today's search picks it; else the earliest
 * transcript passage that says one of them; else none (the words are in
 * the title, description or names, and the episode itself is the hit).
 * `matched` gives each matched word's shard, whose moments say where it is.
 */
export async function resultMoment(
  parts: IndexParts,
  ordinal: number,
  slug: string,
  matched: ReadonlyMap<string, TermShard>,
): Promise<ResultMoment | null> {
  const words = new Set(matched.keys())
  const shards = new Set(matched.values())
  const found = await Promise.all([...shards].map((shard) => parts.moments(shard, ordinal)))
  const moments = [...words].flatMap((word) => found.flatMap((byWord) => byWord.get(word) ?? []))
  if (moments.some(({ chapters }) => holds(chapters, ordinal))) {
    const chapters = await parts.chapters(ordinal)
    const hit = findChapterHit(
      chapters.map(([startTime, title]) => ({ startTime, title })),
      [...words],
    )
    if (hit) return highlighted(hit.startTime, 'chapter', hit.title, words)
  }
  let first = Number.POSITIVE_INFINITY
  for (const { spoken } of moments) first = Math.min(first, spoken.get(ordinal) ?? first)
  if (first === Number.POSITIVE_INFINITY) return null
  const [start, text] = await parts.passage(slug, first)
  return highlighted(start, 'transcript', text, words)
}
