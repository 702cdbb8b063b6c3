import { LoadError } from '../../../components/load-error.tsx'
import type { FilterGroup } from '../filters/filter-state.ts'
import { useCollectionResults } from '../hooks/use-collection-results.ts'
import { BROWSE_PAGE_SIZE, pageCount } from '../static-index/browse-page.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EpisodeList } from './episode-list.tsx'
import { ListPager } from './list-pager.tsx'
import { ListSkeleton } from './list-skeleton.tsx'

interface EpisodeCollectionProps {
  group: FilterGroup
  slug: string
  heading: string
  /** The page it is on, whose further pages are at `<basePath>/page/<n>`. */
  basePath: string
  slots: EpisodeCardSlots
}

/** The episodes of one guest, technology or show, newest first, loaded as the listener scrolls. */
export function EpisodeCollection({
  group,
  slug,
  heading,
  basePath,
  slots,
}: EpisodeCollectionProps) {
  const results = useCollectionResults(group, slug)
  return (
    <section aria-labelledby="collection-episodes" className="flex flex-col gap-4">
      <h2 id="collection-episodes" className="text-xl font-semibold">
        {heading}
      </h2>
      {results.error && results.total === null ? (
        <LoadError what="the episodes" onRetry={() => void results.retry()} />
      ) : results.total === null ? (
        <ListSkeleton cards={3} />
      ) : results.total === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No episodes yet.</p>
      ) : (
        <EpisodeList
          entries={results.entries}
          total={results.total}
          onNearEnd={results.loadMore}
          slots={slots}
          label={heading}
          headingLevel={3}
        />
      )}
      {/* Real links to the next pages, until scrolling loads them here. */}
      {results.total !== null && results.entries.length <= BROWSE_PAGE_SIZE && (
        <ListPager basePath={basePath} page={1} pages={pageCount(results.total)} />
      )}
      {results.loadingMore && (
        <p className="text-sm text-slate-600 dark:text-slate-300">Loading more episodes…</p>
      )}
    </section>
  )
}
