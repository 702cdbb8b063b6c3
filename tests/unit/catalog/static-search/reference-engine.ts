import SearchableMap from 'minisearch/SearchableMap'
import {
  type ChapterHit,
  findChapterHit,
  searchTerms,
} from '../../../../src/features/catalog/search/chapter-hit.ts'
import { expand } from '../../../../src/features/catalog/search/word-expansion.ts'

export interface SearchableEpisode {
  title: string
  guestNames: readonly string[]
  /** Plain text: every other field the episode is found by, besides its chapter titles. */
  description: string
  chapters: readonly ChapterHit[]
}

export interface SearchHits {
  /** Matching episode indexes, in catalog order (newest first). */
  order: Int32Array
  /** The chapter a hit points into, when the query matched a chapter title. */
  chapterHit: (episode: number) => ChapterHit | null
}

export interface SearchEngine {
  search: (query: string) => SearchHits
}

const SLICE_MS = 12
const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0))

/**
 * Indexes in slices of a few milliseconds, so typing and scrolling go on
 * meanwhile; stops between two slices once `signal` is aborted (the catalog
 * changed), rather than finish an index nobody will read.
 */
async function buildWordIndex(
  texts: (episode: number) => string[],
  count: number,
  signal: AbortSignal | undefined,
) {
  const postings = new Map<string, number[]>()
  let sliceStart = performance.now()
  for (let episode = 0; episode < count; episode++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask()
      signal?.throwIfAborted()
      sliceStart = performance.now()
    }
    for (const text of texts(episode)) {
      for (const word of searchTerms(text)) {
        const list = postings.get(word)
        if (!list) postings.set(word, [episode])
        else if (list[list.length - 1] !== episode) list.push(episode)
      }
    }
  }
  const words = new SearchableMap<Int32Array>()
  for (const [word, episodes] of postings) words.set(word, Int32Array.from(episodes))
  return words
}

/** Hit indexes ordered by score, highest first, catalog order within a score. */
function byScore(hits: Uint8Array, score: Uint16Array, maxScore: number): Int32Array {
  const tiers: number[][] = Array.from({ length: maxScore + 1 }, () => [])
  for (let episode = 0; episode < hits.length; episode++) {
    if (hits[episode]) tiers[score[episode] ?? 0]?.push(episode)
  }
  return Int32Array.from(tiers.reverse().flat())
}

/**
 * Full-text search over titles, descriptions, chapter titles and guest names,
 * with prefix matching and typo tolerance; every word of the query must match.
 * Episodes that have more of the query's words in their title or among their
 * guests come first, then newest first: what the listener names is most often
 * what the episode is about. The word indexes are built once; a query only
 * expands its words in the word tree and merges the episode lists, so a
 * keystroke stays cheap at 10,000 episodes (full relevance scoring of
 * thousands of hits would not). The static search
 * (`src/features/catalog/search/static/`) is tested against its answers.
 */
export async function createSearchEngine(
  episodes: readonly SearchableEpisode[],
  signal?: AbortSignal,
): Promise<SearchEngine> {
  const prominentTexts = (i: number) => {
    const episode = episodes[i]
    return episode ? [episode.title, ...episode.guestNames] : []
  }
  const words = await buildWordIndex(
    (i) => [
      ...prominentTexts(i),
      episodes[i]?.description ?? '',
      ...(episodes[i]?.chapters.map(({ title }) => title) ?? []),
    ],
    episodes.length,
    signal,
  )
  // Its words are among `words`, so a query word's expansions there tell which to look up here.
  const prominent = await buildWordIndex(prominentTexts, episodes.length, signal)

  return {
    search(query) {
      const terms = [...new Set(searchTerms(query))]
      const matched: string[] = []
      let hits: Uint8Array | null = null
      const score = new Uint16Array(episodes.length)
      for (const term of terms) {
        const mask = new Uint8Array(episodes.length)
        const inProminent = new Uint8Array(episodes.length)
        for (const word of expand(words, term)) {
          matched.push(word)
          for (const episode of words.get(word) ?? []) mask[episode] = 1
          for (const episode of prominent.get(word) ?? []) inProminent[episode] = 1
        }
        for (let i = 0; i < score.length; i++) score[i] = (score[i] ?? 0) + (inProminent[i] ?? 0)
        if (hits) for (let i = 0; i < mask.length; i++) hits[i] = (hits[i] ?? 0) & (mask[i] ?? 0)
        else hits = mask
      }
      return {
        order: hits ? byScore(hits, score, terms.length) : new Int32Array(),
        chapterHit: (episode) =>
          hits?.[episode] ? findChapterHit(episodes[episode]?.chapters ?? [], matched) : null,
      }
    },
  }
}
