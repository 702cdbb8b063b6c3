import type { BrowseCard } from '../../../content/documents.ts'
import type { BrowseMeta } from '../../../lib/browse-index/browse-index-layout.ts'
import { type FilterGroup, filterGroups } from '../filters/filter-state.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'
import type { BrowseResult } from './browse-index-reader.ts'
import { browseGroups } from './browse-options.ts'

/** Episodes the home page's list loads at a time. */
export const BROWSE_PAGE_SIZE = 24

export interface BrowseItem {
  /** Position in the newest-first catalog: the list's key for the episode. */
  ordinal: number
  episode: BrowseCard
  /** Where the searched words are in the episode, when a search found them in a chapter or transcript. */
  moment: ResultMoment | null
}

/** One page of the home page's results, with what every page shares: the total and the counts. */
export interface BrowsePage {
  total: number
  items: BrowseItem[]
  /** Per group, per option in the index's order: matches under every other group's filter and the search. */
  counts: Record<FilterGroup, Int32Array>
}

/** One page of a guest's, technology's or show's episodes: no counts, no moments. */
export interface CollectionPage {
  total: number
  items: BrowseItem[]
}

/** A page of a collection, as its page embeds it and the reader answers it. */
export function collectionPage(result: BrowseResult): CollectionPage {
  const { total, items } = browsePage(result, null)
  return { total, items }
}

/** A page of the browse reader's answer, each episode with its search moment (if any, in order). */
export function browsePage(
  result: BrowseResult,
  moments: ReadonlyArray<ResultMoment | null> | null,
): BrowsePage {
  const items = result.episodes.map((episode, i) => ({
    ordinal: result.ordinals[i] ?? -1,
    episode,
    moment: moments?.[i] ?? null,
  }))
  return { total: result.total, items, counts: result.counts }
}

/** The page after `loaded` pages, or undefined when they hold every result. */
export function nextPageParam(
  last: { total: number },
  loaded: number,
  pageSize = BROWSE_PAGE_SIZE,
): number | undefined {
  return loaded * pageSize < last.total ? loaded + 1 : undefined
}

/**
 * The unfiltered first page as the browse index gives it, from its meta part
 * and its first card parts (which a prerendered home carries): the newest
 * episodes and every option's total. Undefined when a part is missing.
 */
export function firstPageFromParts(
  meta: BrowseMeta,
  cardPart: (chunk: number) => readonly BrowseCard[] | undefined,
  pageSize = BROWSE_PAGE_SIZE,
): BrowsePage | undefined {
  const wanted = Math.min(pageSize, meta.episodes)
  const cards: BrowseCard[] = []
  for (let chunk = 0; cards.length < wanted; chunk++) {
    const part = cardPart(chunk)
    if (!part || part.length === 0) return undefined
    cards.push(...part)
  }
  const counts = {} as Record<FilterGroup, Int32Array>
  const groups = browseGroups(meta)
  for (const group of filterGroups) counts[group] = Int32Array.from(groups[group].meta.totals)
  const items = cards
    .slice(0, wanted)
    .map((episode, ordinal) => ({ ordinal, episode, moment: null }))
  return { total: meta.episodes, items, counts }
}

/** The card parts the unfiltered first page needs. */
export const firstPageCardChunks = (meta: BrowseMeta, pageSize = BROWSE_PAGE_SIZE): number[] =>
  Array.from(
    { length: Math.ceil(Math.min(pageSize, meta.episodes) / meta.cardChunk) },
    (_, chunk) => chunk,
  )
