import { useEffect, useState } from 'react'
import type { FilterState } from '../filters/filter-state.ts'
import type { SetFilters } from './use-filter-state.ts'

const COMMIT_DELAY_MS = 300

/**
 * The search box text. Results follow it at once; the URL catches up after a
 * pause in typing (replacing the entry, so Back skips keystrokes), and a URL
 * change from elsewhere (Back, a link) resets it.
 */
export function useSearchDraft(filters: FilterState, setFilters: SetFilters) {
  const [draft, setDraft] = useState(filters.q)
  const [seen, setSeen] = useState(filters.q)
  if (filters.q !== seen) {
    setSeen(filters.q)
    if (filters.q !== draft.trim()) setDraft(filters.q)
  }
  useEffect(() => {
    if (draft.trim() === filters.q) return
    const timer = setTimeout(
      () => setFilters({ ...filters, q: draft }, { replace: true }),
      COMMIT_DELAY_MS,
    )
    return () => clearTimeout(timer)
  }, [draft, filters, setFilters])
  return [draft, setDraft] as const
}
