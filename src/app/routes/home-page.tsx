import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../components/load-error.tsx'
import { CatalogBrowser } from '../../features/catalog/components/catalog-browser.tsx'
import { ListSkeleton } from '../../features/catalog/components/list-skeleton.tsx'
import { ContinueListening } from '../../features/player/components/continue-listening.tsx'
import { homeQueryOptions } from '../../lib/api/catalog-queries.ts'
import { cardSlots } from './card-slots.tsx'
import { HomeIntro } from './home-intro.tsx'
import { usePageTitle } from './use-page-title.ts'

export function HomePage() {
  const home = useQuery(homeQueryOptions())
  usePageTitle(null)
  return (
    <>
      {home.data ? (
        <HomeIntro home={home.data} />
      ) : (
        <h1 className="mb-4 text-2xl font-bold">Episodes</h1>
      )}
      <ContinueListening />
      {home.data && <h2 className="mb-4 text-2xl font-bold">Episodes</h2>}
      {home.error ? (
        <LoadError what="the episodes" onRetry={() => void home.refetch()} />
      ) : home.data ? (
        <CatalogBrowser slots={cardSlots} />
      ) : (
        <div className="grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)] lg:grid-cols-[17rem_minmax(0,1fr)]">
          <div
            aria-hidden="true"
            className="hidden h-96 animate-pulse rounded-xl bg-slate-100 md:block dark:bg-slate-900"
          />
          <div className="flex flex-col gap-4">
            <div aria-hidden="true" className="h-11 rounded-lg bg-slate-100 dark:bg-slate-900" />
            <p className="min-h-6 text-sm text-slate-700 dark:text-slate-200">Loading episodes…</p>
            <ListSkeleton />
          </div>
        </div>
      )}
    </>
  )
}
