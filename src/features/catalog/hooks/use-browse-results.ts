import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { EpisodeEntry } from '../components/episode-list.tsx'
import { type FilterSelection, filterGroups } from '../filters/filter-state.ts'
import {
  browseCountsQueryOptions,
  browseResultsQueryOptions,
  cachedPage,
} from '../static-index/browse-queries.ts'

/**
 * The home page's results from the static indexes, a page at a time, and the
 * filter panel's counts for them. The unfiltered first page comes from the index
 * parts the page already holds; while other results load, the previous ones stay.
 * The counts load once the results are shown and the search has settled (typing
 * paused, the URL caught up: `settled`), since every word typed on the way has
 * results of its own; null when nothing filters (the totals). Until then the
 * previous counts stay, and `countsPending` says so.
 */
export function useBrowseResults(selection: FilterSelection, query: string, settled = true) {
  const client = useQueryClient()
  const unfiltered = query === '' && filterGroups.every((group) => selection[group].length === 0)
  const results = useInfiniteQuery({
    ...browseResultsQueryOptions(selection, query),
    placeholderData: keepPreviousData,
    ...(unfiltered && {
      initialData: () => {
        const first = cachedPage(client)
        return first && { pages: [first], pageParams: [1] }
      },
    }),
  })
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = results
  const counts = useQuery({
    ...browseCountsQueryOptions(selection, query),
    enabled: !unfiltered && settled && data !== undefined && !results.isPlaceholderData,
    placeholderData: keepPreviousData,
  })
  const entries = useMemo<EpisodeEntry[]>(
    () =>
      data?.pages.flatMap((page) =>
        page.items.map(({ ordinal, episode, moment }) => ({ key: ordinal, episode, moment })),
      ) ?? [],
    [data],
  )
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])
  const first = data?.pages[0]
  return {
    entries,
    total: first?.total ?? null,
    counts: unfiltered ? null : (counts.data ?? null),
    countsPending: !unfiltered && (counts.isPending || counts.isPlaceholderData),
    loadingMore: isFetchingNextPage,
    error: results.error ?? counts.error,
    retry: () =>
      Promise.all([
        results.error ? results.refetch() : null,
        counts.error ? counts.refetch() : null,
      ]),
    loadMore,
  }
}
