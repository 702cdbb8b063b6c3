import { expand } from '../word-expansion.ts'
import { createIndexParts, type FetchPart } from './index-parts.ts'
import { indexTerms, shardKey } from './index-terms.ts'
import { type ResultMoment, resultMoment } from './result-moment.ts'
import type { TermPostings } from './term-shard.ts'

export interface StaticSearchResult {
  /** Position in the catalog's newest-first list. */
  ordinal: number
  slug: string
  title: string
  publishedAt: string
  show: string | null
  moment: ResultMoment | null
}

export interface StaticSearchHits {
  /** Matching episode ordinals, best first: as `createSearchEngine` orders them. */
  order: Int32Array
  /** Results `offset` to `offset + count`, with their cards and best moments. */
  page: (offset: number, count: number) => Promise<StaticSearchResult[]>
}

export interface StaticSearch {
  search: (query: string) => Promise<StaticSearchHits>
}

/** Hit ordinals ordered by score, highest first, newest first within a score. */
function byScore(hits: Uint8Array, score: Uint8Array, maxScore: number): Int32Array {
  const tiers: number[][] = Array.from({ length: maxScore + 1 }, () => [])
  for (let ordinal = 0; ordinal < hits.length; ordinal++) {
    if (hits[ordinal]) tiers[score[ordinal] ?? 0]?.push(ordinal)
  }
  return Int32Array.from(tiers.reverse().flat())
}

/**
 * Search over the static index the build writes (see `searchIndexFiles`), with
 * the semantics of `createSearchEngine`: every query word must match, as a
 * word, a prefix (2+ letters) or with typos (5+ letters); episodes with more
 * query words in their title or guests' names first, then newest first. A
 * query fetches `meta.json` and the shard of each of its words; a page of
 * results fetches its cards and, for chapter and transcript hits, the
 * chapters or paragraph it points to. Typos are forgiven within a shard
 * only: a misspelt first or second letter finds nothing.
 */
export function createStaticSearch(fetchPart: FetchPart): StaticSearch {
  const parts = createIndexParts(fetchPart)
  return {
    async search(query) {
      const terms = [...new Set(indexTerms(query))]
      const meta = await parts.meta()
      const known = new Set(meta.shards)
      const shards = await Promise.all(
        terms.map((term) => (known.has(shardKey(term)) ? parts.shard(shardKey(term)) : null)),
      )
      const count = meta.episodes
      const matched = new Map<string, TermPostings>()
      const score = new Uint8Array(count)
      let hits: Uint8Array | null = null
      for (const [i, term] of terms.entries()) {
        const shard = shards[i]
        const mask = new Uint8Array(count)
        const inProminent = new Uint8Array(count)
        for (const word of shard ? expand(shard.words, term) : []) {
          const postings = shard?.postings.get(word)
          if (!postings) continue
          matched.set(word, postings)
          for (const ordinal of postings.episodes) mask[ordinal] = 1
          for (const ordinal of postings.prominent) inProminent[ordinal] = 1
        }
        for (let o = 0; o < count; o++) score[o] = (score[o] ?? 0) + (inProminent[o] ?? 0)
        if (hits) for (let o = 0; o < count; o++) hits[o] = (hits[o] ?? 0) & (mask[o] ?? 0)
        else hits = mask
      }
      const order = hits ? byScore(hits, score, terms.length) : new Int32Array()
      return {
        order,
        page: (offset, size) =>
          Promise.all(
            [...order.subarray(offset, offset + size)].map(async (ordinal) => {
              const [slug, title, publishedAt, show] = await parts.card(ordinal)
              const moment = await resultMoment(parts, ordinal, slug, matched)
              return { ordinal, slug, title, publishedAt, show, moment }
            }),
          ),
      }
    },
  }
}
