import { expand } from '../word-expansion.ts'
import { createIndexParts, type FetchPart, type TermShard } from './index-parts.ts'
import { indexTerms } from './index-terms.ts'
import { type ResultMoment, resultMoment } from './result-moment.ts'
import { shardsFor } from './shard-keys.ts'

export interface StaticSearchHits {
  /** Matching episode ordinals, best first (see `createStaticSearch`). */
  order: Int32Array
  /** Where the query's words are in one matching episode (chapter or transcript), if anywhere. */
  moment: (ordinal: number, slug: string) => Promise<ResultMoment | null>
}

export interface StaticSearch {
  search: (query: string) => Promise<StaticSearchHits>
}

/** Hit ordinals ordered by score, highest first, newest first within a score (a counting sort). */
function byScore(hits: Uint8Array, score: Uint8Array, maxScore: number): Int32Array {
  const starts = new Int32Array(maxScore + 2)
  for (let ordinal = 0; ordinal < hits.length; ordinal++) {
    const tier = maxScore - (score[ordinal] ?? 0) + 1
    if (hits[ordinal]) starts[tier] = (starts[tier] ?? 0) + 1
  }
  for (let tier = 1; tier < starts.length; tier++) {
    starts[tier] = (starts[tier] ?? 0) + (starts[tier - 1] ?? 0)
  }
  const order = new Int32Array(starts[maxScore + 1] ?? 0)
  for (let ordinal = 0; ordinal < hits.length; ordinal++) {
    if (!hits[ordinal]) continue
    const tier = maxScore - (score[ordinal] ?? 0)
    const at = starts[tier] ?? 0
    order[at] = ordinal
    starts[tier] = at + 1
  }
  return order
}

/**
 * Search over the static index the build writes (see `searchIndexFiles`):
 * every query word must match, as a word, a prefix (2+ letters) or with typos
 * (5+ letters); episodes with more query words in their title or guests' names
 * first, then newest first. A query fetches `meta.json` and the shards of its
 * words (and of the words a prefix starts); each result shown asks for its
 * moment, which fetches the moments of the matched words near it and, for a
 * chapter or transcript hit, the chapters or passage it points to (its card
 * comes from the browse index). Typos are forgiven
 * within a shard only: a misspelt first or second letter (or later one, in a
 * split shard) finds nothing.
 */
export function createStaticSearch(fetchPart: FetchPart): StaticSearch {
  const parts = createIndexParts(fetchPart)
  return {
    async search(query) {
      const terms = [...new Set(indexTerms(query))]
      const meta = await parts.meta()
      const shards = await Promise.all(
        terms.map((term) => Promise.all(shardsFor(term, meta.shards).map(parts.shard))),
      )
      const count = meta.episodes
      const matched = new Map<string, TermShard>()
      const score = new Uint8Array(count)
      let hits: Uint8Array | null = null
      for (const [i, term] of terms.entries()) {
        const mask = new Uint8Array(count)
        const inProminent = new Uint8Array(count)
        for (const shard of shards[i] ?? []) {
          for (const word of expand(shard.words, term)) {
            const postings = shard.postings.get(word)
            if (!postings) continue
            matched.set(word, shard)
            for (const ordinal of postings.episodes) mask[ordinal] = 1
            for (const ordinal of postings.prominent) inProminent[ordinal] = 1
          }
        }
        for (let o = 0; o < count; o++) score[o] = (score[o] ?? 0) + (inProminent[o] ?? 0)
        if (hits) for (let o = 0; o < count; o++) hits[o] = (hits[o] ?? 0) & (mask[o] ?? 0)
        else hits = mask
      }
      const order = hits ? byScore(hits, score, terms.length) : new Int32Array()
      return {
        order,
        moment: (ordinal, slug) => resultMoment(parts, ordinal, slug, matched),
      }
    },
  }
}
