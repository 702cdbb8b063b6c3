import { infiniteQueryOptions, type QueryClient, queryOptions } from '@tanstack/react-query'
import type { BrowseCard } from '../../../content/documents.ts'
import { catalogKeys, indexPartQueryOptions } from '../../../lib/api/catalog-queries.ts'
import {
  type BrowseMeta,
  type BrowseOption,
  browsePaths,
} from '../../../lib/browse-index/browse-index-layout.ts'
import {
  emptyFilters,
  type FilterGroup,
  type FilterSelection,
  serializeFilters,
} from '../filters/filter-state.ts'
import { metaPath } from '../search/static/index-layout.ts'
import type { OptionCounts } from './browse-index-reader.ts'
import {
  BROWSE_PAGE_SIZE,
  type BrowsePage,
  browsePage,
  type CollectionPage,
  collectionPage,
  nextPageParam,
  pageFromParts,
  SEARCH_PAGE_SIZE,
} from './browse-page.ts'
import { asText, type FetchPart } from './part-cache.ts'

// Content is immutable per build; only a dev-server HMR event (invalidating `catalogKeys.all`) refreshes it.
const immutable = { staleTime: Number.POSITIVE_INFINITY, retry: false } as const

/** Parts of either index go through the query cache, which owns them and their refresh. */
const partsThrough =
  (client: QueryClient): FetchPart =>
  (path) =>
    client.fetchQuery(indexPartQueryOptions(path))

/** For `select`: the browse index's meta part, parsed. */
export const parseBrowseMeta = (raw: ArrayBuffer | string): BrowseMeta =>
  JSON.parse(asText(raw)) as BrowseMeta

/** For `select`: a group's tail part (its options past the head), parsed. */
export const parseBrowseOptions = (raw: ArrayBuffer | string): BrowseOption[] =>
  JSON.parse(asText(raw)) as BrowseOption[]

export const browseMetaQueryOptions = () => indexPartQueryOptions(browsePaths.meta)
export const browseTailQueryOptions = (group: string) =>
  indexPartQueryOptions(browsePaths.tail(group))

/** The browse index's reader, which keeps the parts it decoded; a refresh starts a new one. */
export const browseReaderQueryOptions = () =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.browseReader,
    // Its code loads with the first query that needs it: a prerendered list is drawn without it.
    queryFn: async ({ client }) => {
      const { createBrowseIndexReader } = await import('./browse-index-reader.ts')
      return createBrowseIndexReader(partsThrough(client), BROWSE_PAGE_SIZE)
    },
  })

/** The static search, its code loaded with it: only once the listener searches. */
export const staticSearchQueryOptions = () =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.searchEngine,
    queryFn: async ({ client }) => {
      const [{ createStaticSearch }] = await Promise.all([
        import('../search/static/static-search.ts'),
        client.fetchQuery(indexPartQueryOptions(metaPath)),
      ])
      return createStaticSearch(partsThrough(client))
    },
  })

/** The episodes that match a search, best first, and where in each the words are. */
export const searchHitsQueryOptions = (query: string) =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.searchHits(query),
    queryFn: async ({ client }) =>
      (await client.fetchQuery(staticSearchQueryOptions())).search(query),
  })

/**
 * The home page's results under filters and a search, page by page: each page
 * carries the total and, under a search, each episode's moment. A search's pages
 * are shorter (SEARCH_PAGE_SIZE).
 */
export const browseResultsQueryOptions = (selection: FilterSelection, query: string) => {
  const size = query ? SEARCH_PAGE_SIZE : BROWSE_PAGE_SIZE
  return infiniteQueryOptions({
    ...immutable,
    queryKey: catalogKeys.browseResults(serializeFilters({ ...selection, q: '' }), query),
    initialPageParam: 1,
    queryFn: async ({ client, pageParam }): Promise<BrowsePage> => {
      const [reader, hits] = await Promise.all([
        client.fetchQuery(browseReaderQueryOptions()),
        query ? client.fetchQuery(searchHitsQueryOptions(query)) : null,
      ])
      const result = await reader.query(selection, hits?.order ?? null, pageParam, size)
      const moments = hits
        ? await Promise.all(
            result.episodes.map((episode, i) =>
              hits.moment(result.ordinals[i] ?? -1, episode.slug),
            ),
          )
        : null
      return browsePage(result, moments)
    },
    getNextPageParam: (last, pages) => nextPageParam(last, pages.length, size),
  })
}

/**
 * The filter panel's counts under filters and a search. Apart from the results, so that
 * the results are shown first: under a search the counts need the facet rows of every
 * episode it found, often more bytes than the results themselves.
 */
export const browseCountsQueryOptions = (selection: FilterSelection, query: string) =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.browseCounts(serializeFilters({ ...selection, q: '' }), query),
    queryFn: async ({ client }): Promise<OptionCounts> => {
      const [reader, hits] = await Promise.all([
        client.fetchQuery(browseReaderQueryOptions()),
        query ? client.fetchQuery(searchHitsQueryOptions(query)) : null,
      ])
      return reader.counts(selection, hits?.order ?? null)
    },
  })

/** A guest's, technology's or show's episodes, newest first, page by page. */
export const collectionResultsQueryOptions = (group: FilterGroup, slug: string) =>
  infiniteQueryOptions({
    ...immutable,
    queryKey: catalogKeys.collection(group, slug),
    initialPageParam: 1,
    queryFn: async ({ client, pageParam }): Promise<CollectionPage> => {
      const reader = await client.fetchQuery(browseReaderQueryOptions())
      return collectionPage(await reader.collection(group, slug, pageParam))
    },
    getNextPageParam: (last, pages) => nextPageParam(last, pages.length),
  })

/** Page n of a guest's, technology's or show's episodes, newest first: what its `/page/<n>` shows. */
export const collectionPageQueryOptions = (group: FilterGroup, slug: string, page: number) =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.collectionPage(group, slug, page),
    queryFn: async ({ client }): Promise<CollectionPage> => {
      const reader = await client.fetchQuery(browseReaderQueryOptions())
      return collectionPage(await reader.collection(group, slug, page))
    },
  })

/**
 * An unfiltered page from the parts already in the cache (a prerendered page
 * carries the meta part and its card parts), so that it is drawn at once and
 * alike on the server and in the browser; else undefined.
 */
export function cachedPage(client: QueryClient, page = 1): BrowsePage | undefined {
  const raw = client.getQueryData<ArrayBuffer | string>(browseMetaQueryOptions().queryKey)
  if (raw === undefined) return undefined
  const cardPart = (chunk: number) => {
    const part = client.getQueryData<ArrayBuffer | string>(
      indexPartQueryOptions(browsePaths.cards(chunk)).queryKey,
    )
    return part === undefined ? undefined : (JSON.parse(asText(part)) as BrowseCard[])
  }
  return pageFromParts(parseBrowseMeta(raw), cardPart, page)
}

/** One page of the unfiltered list, newest first: what `/page/<n>/` shows. */
export const listPageQueryOptions = (page: number) =>
  queryOptions({
    ...immutable,
    queryKey: catalogKeys.listPage(page),
    queryFn: async ({ client }): Promise<BrowsePage> => {
      const reader = await client.fetchQuery(browseReaderQueryOptions())
      return browsePage(await reader.query(emptyFilters, null, page), null)
    },
  })
