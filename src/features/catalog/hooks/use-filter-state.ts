import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { type FilterState, parseFilters, serializeFilters } from '../filters/filter-state.ts'

export type SetFilters = (next: FilterState, options?: { replace: boolean }) => void

/** Filter state read from and written to the home page URL; each change is a history entry. */
export function useFilterState(): [FilterState, SetFilters] {
  const search = useSearch()
  const [, navigate] = useLocation()
  const filters = useMemo(() => parseFilters(search), [search])
  const setFilters = useCallback<SetFilters>(
    (next, options) => {
      const query = serializeFilters(next)
      navigate(query ? `/?${query}` : '/', { replace: options?.replace ?? false })
    },
    [navigate],
  )
  return [filters, setFilters]
}
