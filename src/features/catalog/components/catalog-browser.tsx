import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { LoadError } from '../../../components/load-error.tsx'
import {
  emptyFilters,
  type FilterGroup,
  hasActiveFilters,
  toggleFilter,
} from '../filters/filter-state.ts'
import { useBrowseFacets } from '../hooks/use-browse-facets.ts'
import { useBrowseResults } from '../hooks/use-browse-results.ts'
import { useFilterState } from '../hooks/use-filter-state.ts'
import { useSearchDraft } from '../hooks/use-search-draft.ts'
import { BROWSE_PAGE_SIZE, pageCount } from '../static-index/browse-page.ts'
import { staticSearchQueryOptions } from '../static-index/browse-queries.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EmptyResults } from './empty-results.tsx'
import { EpisodeList } from './episode-list.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { ListPager } from './list-pager.tsx'
import { ListSkeleton } from './list-skeleton.tsx'
import { ResultCount } from './result-count.tsx'
import { SearchBox } from './search-box.tsx'
import { SearchUnavailable } from './search-unavailable.tsx'

interface CatalogBrowserProps {
  slots: EpisodeCardSlots
}

/**
 * Home page browsing: search, faceted filters and the windowed result list, all
 * in the URL, read from the static browse and search indexes part by part.
 */
export function CatalogBrowser({ slots }: CatalogBrowserProps) {
  const [filters, setFilters] = useFilterState()
  const [draft, setDraft] = useSearchDraft(filters, setFilters)
  const [searchWanted, setSearchWanted] = useState(false)
  const query = draft.trim()
  // The search's code and first part load once the box has the focus or the URL has a query.
  const search = useQuery({ ...staticSearchQueryOptions(), enabled: searchWanted || query !== '' })
  const facets = useBrowseFacets()
  // The search has settled once the URL has caught up with the box.
  const results = useBrowseResults(filters, query, filters.q === query)
  const current = useMemo(() => ({ ...filters, q: draft }), [filters, draft])
  const onToggle = useCallback(
    (group: FilterGroup, slug: string) => setFilters(toggleFilter(current, group, slug)),
    [current, setFilters],
  )
  const onClear = useCallback(() => {
    setDraft('')
    setFilters(emptyFilters)
  }, [setDraft, setFilters])
  // Clearing from the empty state removes the button that had the focus: the focus goes to
  // the search box, emptied too, where a new search starts.
  const searchBox = useRef<HTMLInputElement>(null)
  const onClearFromEmpty = useCallback(() => {
    onClear()
    searchBox.current?.focus()
  }, [onClear])
  const unfiltered = query === '' && !hasActiveFilters({ ...filters, q: '' })
  const searchFailed = search.error ?? (query !== '' ? results.error : null)

  return (
    <div className="grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)] lg:grid-cols-[17rem_minmax(0,1fr)]">
      <FilterPanel
        heads={facets.heads}
        counts={results.counts ?? facets.totals}
        countsPending={results.countsPending}
        selection={filters}
        active={hasActiveFilters(current)}
        onToggle={onToggle}
        onClear={onClear}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <SearchBox
          ref={searchBox}
          value={draft}
          onChange={setDraft}
          onFocus={() => setSearchWanted(true)}
        />
        {searchFailed && (
          <SearchUnavailable
            onRetry={() => void (search.error ? search.refetch() : results.retry())}
          />
        )}
        <ResultCount count={results.total} />
        {results.error && !searchFailed ? (
          <LoadError what="the episodes" onRetry={() => void results.retry()} />
        ) : results.total === null ? (
          <ListSkeleton />
        ) : results.total === 0 ? (
          <EmptyResults onClear={onClearFromEmpty} />
        ) : (
          <EpisodeList
            entries={results.entries}
            total={results.total}
            onNearEnd={results.loadMore}
            slots={slots}
            label="Episodes"
            headingLevel={2}
          />
        )}
        {/* Real links to the next pages, until scrolling loads them here. */}
        {unfiltered && results.total !== null && results.entries.length <= BROWSE_PAGE_SIZE && (
          <ListPager basePath="/" page={1} pages={pageCount(results.total)} />
        )}
        {results.loadingMore && (
          <p className="text-sm text-slate-600 dark:text-slate-300">Loading more episodes…</p>
        )}
      </div>
    </div>
  )
}
