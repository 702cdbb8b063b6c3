import MiniSearch from 'minisearch'
import type { SearchIndex } from '../../../content/documents.ts'
import { type ChapterHit, findChapterHit, searchTerms } from './chapter-hit.ts'

export interface SearchableEpisode {
  slug: string
  title: string
  guestNames: readonly string[]
}

export interface SearchHits {
  /** Episode indexes, best match first. */
  order: Int32Array
  /** The chapter a hit points into, when the query matched a chapter title. */
  chapterHit: (episode: number) => ChapterHit | null
}

export interface SearchEngine {
  search: (query: string) => SearchHits
}

interface SearchDocument {
  id: number
  title: string
  description: string
  chapters: string
  guests: string
}

const CHAPTERS = 'chapters'

/**
 * Full-text search over titles, descriptions, chapter titles and guest names,
 * with prefix matching and typo tolerance. Built once per catalog; every query
 * only reads the index.
 */
export function createSearchEngine(
  episodes: readonly SearchableEpisode[],
  index: SearchIndex,
): SearchEngine {
  const entries = new Map(index.episodes.map((entry) => [entry.slug, entry]))
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: ['title', 'description', CHAPTERS, 'guests'],
    tokenize: searchTerms,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 3, guests: 2, [CHAPTERS]: 1.5 },
      combineWith: 'AND',
      // Short words match as prefixes only; longer ones also forgive a typo or two.
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
    },
  })
  miniSearch.addAll(
    episodes.map((episode, id) => {
      const entry = entries.get(episode.slug)
      return {
        id,
        title: episode.title,
        description: entry?.description ?? '',
        chapters: entry?.chapters.map((chapter) => chapter.title).join('\n') ?? '',
        guests: episode.guestNames.join('\n'),
      }
    }),
  )

  return {
    search(query) {
      const results = miniSearch.search(query)
      const chapterTerms = new Map<number, string[]>()
      const order = new Int32Array(results.length)
      results.forEach((result, position) => {
        const id = Number(result.id)
        order[position] = id
        const terms = Object.keys(result.match).filter((term) =>
          result.match[term]?.includes(CHAPTERS),
        )
        if (terms.length > 0) chapterTerms.set(id, terms)
      })
      return {
        order,
        chapterHit(episode) {
          const terms = chapterTerms.get(episode)
          const slug = episodes[episode]?.slug
          const chapters = slug === undefined ? undefined : entries.get(slug)?.chapters
          return terms && chapters ? findChapterHit(chapters, terms) : null
        },
      }
    },
  }
}
