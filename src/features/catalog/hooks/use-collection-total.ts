import { useInfiniteQuery } from '@tanstack/react-query'
import type { FilterGroup } from '../filters/filter-state.ts'
import { collectionResultsQueryOptions } from '../static-index/browse-queries.ts'

/** How many episodes a guest, technology or show has, from its list's first page; undefined until loaded. */
export function useCollectionTotal(group: FilterGroup, slug: string): number | undefined {
  return useInfiniteQuery(collectionResultsQueryOptions(group, slug)).data?.pages[0]?.total
}
