import type { EpisodeSummary } from '../../../content/documents.ts'
import type { CatalogModel } from '../filters/catalog-model.ts'
import { type FilterGroup, filterGroups } from '../filters/filter-state.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'
import type { BrowseResult } from './browse-index-reader.ts'

/** Episodes the home page's list loads at a time. */
export const BROWSE_PAGE_SIZE = 24

export interface BrowseItem {
  /** Position in the newest-first catalog: the list's key for the episode. */
  ordinal: number
  episode: EpisodeSummary
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
  last: BrowsePage,
  loaded: number,
  pageSize = BROWSE_PAGE_SIZE,
): number | undefined {
  return loaded * pageSize < last.total ? loaded + 1 : undefined
}

/**
 * The unfiltered first page as the browse index gives it, from a catalog the
 * page already holds (a prerendered home carries one): the newest episodes
 * and every option's total, the index and the catalog listing options alike.
 */
export function catalogFirstPage(model: CatalogModel, pageSize = BROWSE_PAGE_SIZE): BrowsePage {
  const counts = {} as Record<FilterGroup, Int32Array>
  for (const group of filterGroups) {
    counts[group] = Int32Array.from(model.groups[group].options, (option) => option.total)
  }
  const items = model.episodes
    .slice(0, pageSize)
    .map((episode, ordinal) => ({ ordinal, episode, moment: null }))
  return { total: model.episodes.length, items, counts }
}
