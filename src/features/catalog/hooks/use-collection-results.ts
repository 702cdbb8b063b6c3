import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { EpisodeEntry } from '../components/episode-list.tsx'
import type { FilterGroup } from '../filters/filter-state.ts'
import { collectionResultsQueryOptions } from '../static-index/browse-queries.ts'

/**
 * A guest's, technology's or show's episodes from the browse index, a page at
 * a time; a prerendered page carries the first.
 */
export function useCollectionResults(group: FilterGroup, slug: string) {
  const results = useInfiniteQuery(collectionResultsQueryOptions(group, slug))
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = results
  const entries = useMemo<EpisodeEntry[]>(
    () =>
      data?.pages.flatMap((page) =>
        page.items.map(({ ordinal, episode }) => ({ key: ordinal, episode })),
      ) ?? [],
    [data],
  )
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])
  return {
    entries,
    total: data?.pages[0]?.total ?? null,
    loadingMore: isFetchingNextPage,
    error: results.error,
    retry: results.refetch,
    loadMore,
  }
}
