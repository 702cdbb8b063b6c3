import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { FilterGroup } from '../filters/filter-state.ts'
import type { NamedOption } from '../filters/visible-options.ts'
import { browseTailQueryOptions, parseBrowseOptions } from '../static-index/browse-queries.ts'

/**
 * A facet group's named options: the first ones (the index's head), and the
 * rest once `wanted` (its tail part, fetched then and kept).
 */
export function useGroupOptions(
  group: FilterGroup,
  head: readonly NamedOption[],
  complete: boolean,
  wanted: boolean,
) {
  const tail = useQuery({
    ...browseTailQueryOptions(group),
    select: parseBrowseOptions,
    enabled: wanted && !complete,
  })
  // A tail that failed to load leaves the head: the group still lists its most used options.
  return useMemo(
    () => (tail.data && !complete ? [...head, ...tail.data] : head),
    [head, tail.data, complete],
  )
}
