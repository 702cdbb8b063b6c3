import type { BrowseCard } from '../../../content/documents.ts'
import type { BrowseMeta } from '../../../lib/browse-index/browse-index-layout.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'
import type { BrowseResult } from './browse-index-reader.ts'

/** Episodes the home page's list loads at a time. */
export const BROWSE_PAGE_SIZE = 24

/**
 * Under a search, fewer: its results are scattered over the catalog, so each
 * needs its own card part and, for a chapter hit, its own chapter part. Twelve
 * fill a tall screen; more load as the list scrolls.
 */
export const SEARCH_PAGE_SIZE = 12

export interface BrowseItem {
  /** Position in the newest-first catalog: the list's key for the episode. */
  ordinal: number
  episode: BrowseCard
  /** Where the searched words are in the episode, when a search found them in a chapter or transcript. */
  moment: ResultMoment | null
}

/** One page of the home page's results, with the total every page shares. */
export interface BrowsePage {
  total: number
  items: BrowseItem[]
}

/** One page of a guest's, technology's or show's episodes: no moments. */
export type CollectionPage = BrowsePage

/** A page of a collection, as its page embeds it and the reader answers it. */
export const collectionPage = (result: BrowseResult): CollectionPage => browsePage(result, null)

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
  return { total: result.total, items }
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
 * An unfiltered page (newest first) as the browse index gives it, from its
 * meta part and the card parts the page needs (which a prerendered page
 * carries). Undefined when a part is
 * missing; an empty page past the last.
 */
export function pageFromParts(
  meta: BrowseMeta,
  cardPart: (chunk: number) => readonly BrowseCard[] | undefined,
  page = 1,
  pageSize = BROWSE_PAGE_SIZE,
): BrowsePage | undefined {
  const start = (page - 1) * pageSize
  const end = Math.min(page * pageSize, meta.episodes)
  const items: BrowseItem[] = []
  for (const chunk of pageCardChunks(meta, page, pageSize)) {
    const part = cardPart(chunk)
    if (!part) return undefined
    part.forEach((episode, i) => {
      const ordinal = chunk * meta.cardChunk + i
      if (ordinal >= start && ordinal < end) items.push({ ordinal, episode, moment: null })
    })
  }
  if (items.length !== Math.max(0, end - start)) return undefined
  return { total: meta.episodes, items }
}

/** The card parts an unfiltered page needs. */
export function pageCardChunks(meta: BrowseMeta, page = 1, pageSize = BROWSE_PAGE_SIZE): number[] {
  const start = (page - 1) * pageSize
  const end = Math.min(page * pageSize, meta.episodes)
  const chunks: number[] = []
  for (let ordinal = start; ordinal < end; ordinal += meta.cardChunk) {
    const chunk = Math.floor(ordinal / meta.cardChunk)
    if (chunks.at(-1) !== chunk) chunks.push(chunk)
  }
  const last = Math.floor((end - 1) / meta.cardChunk)
  if (end > start && chunks.at(-1) !== last) chunks.push(last)
  return chunks
}

/** Pages of a list of `episodes`: at least one. */
export const pageCount = (episodes: number, pageSize = BROWSE_PAGE_SIZE): number =>
  Math.max(1, Math.ceil(episodes / pageSize))

/**
 * Where page `page` of a list lives, given where its first page is (`/`, `/people/<slug>`…):
 * the first page itself, then `<first>/page/<n>`.
 */
export const pagePath = (first: string, page: number): string =>
  page <= 1 ? first : `${first.replace(/\/$/, '')}/page/${page}`
