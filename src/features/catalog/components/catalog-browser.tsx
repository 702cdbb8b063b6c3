import { useCallback, useMemo, useState } from 'react'
import { applyFilters } from '../filters/apply-filters.ts'
import type { CatalogModel } from '../filters/catalog-model.ts'
import {
  emptyFilters,
  type FilterGroup,
  hasActiveFilters,
  serializeFilters,
  toggleFilter,
} from '../filters/filter-state.ts'
import { useFilterState } from '../hooks/use-filter-state.ts'
import { useSearchDraft } from '../hooks/use-search-draft.ts'
import { useSearchEngine } from '../hooks/use-search-engine.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EmptyResults } from './empty-results.tsx'
import { EpisodeList } from './episode-list.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { ListSkeleton } from './list-skeleton.tsx'
import { ResultCount } from './result-count.tsx'
import { SearchBox } from './search-box.tsx'
import { SearchUnavailable } from './search-unavailable.tsx'

interface CatalogBrowserProps {
  model: CatalogModel
  slots: EpisodeCardSlots
}

/** Home page browsing: search, faceted filters and the windowed result list, all in the URL. */
export function CatalogBrowser({ model, slots }: CatalogBrowserProps) {
  const [filters, setFilters] = useFilterState()
  const [draft, setDraft] = useSearchDraft(filters, setFilters)
  const [searchWanted, setSearchWanted] = useState(false)
  const query = draft.trim()
  const search = useSearchEngine(model, searchWanted || query !== '')
  const hits = useMemo(
    () => (query && search.engine ? search.engine.search(query) : null),
    [query, search.engine],
  )
  const waitingForSearch = query !== '' && hits === null
  // Keyed on the chosen options only: the URL catching up with the search box changes nothing here.
  const selectionKey = serializeFilters({ ...filters, q: '' })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `filters` is read through `selectionKey`
  const result = useMemo(
    () => (waitingForSearch ? null : applyFilters(model, filters, hits?.order ?? null)),
    [model, selectionKey, hits, waitingForSearch],
  )
  const current = useMemo(() => ({ ...filters, q: draft }), [filters, draft])
  const onToggle = useCallback(
    (group: FilterGroup, slug: string) => setFilters(toggleFilter(current, group, slug)),
    [current, setFilters],
  )
  const onClear = useCallback(() => {
    setDraft('')
    setFilters(emptyFilters)
  }, [setDraft, setFilters])

  return (
    <div className="grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)] lg:grid-cols-[17rem_minmax(0,1fr)]">
      <FilterPanel
        model={model}
        counts={result?.counts ?? null}
        selection={filters}
        active={hasActiveFilters(current)}
        onToggle={onToggle}
        onClear={onClear}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <SearchBox value={draft} onChange={setDraft} onFocus={() => setSearchWanted(true)} />
        {search.error && <SearchUnavailable onRetry={() => void search.retry()} />}
        <ResultCount count={result ? result.episodes.length : null} />
        {!result ? (
          <ListSkeleton />
        ) : result.episodes.length === 0 ? (
          <EmptyResults onClear={onClear} />
        ) : (
          <EpisodeList
            model={model}
            episodes={result.episodes}
            slots={slots}
            label="Episodes"
            headingLevel={2}
            {...(hits ? { chapterHit: hits.chapterHit } : {})}
          />
        )}
      </div>
    </div>
  )
}
