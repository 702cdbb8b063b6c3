import { useQuery, useQueryClient } from '@tanstack/react-query'
import { LoadError } from '../../components/load-error.tsx'
import { EpisodeList } from '../../features/catalog/components/episode-list.tsx'
import { ListPager } from '../../features/catalog/components/list-pager.tsx'
import { ListSkeleton } from '../../features/catalog/components/list-skeleton.tsx'
import { pageCount } from '../../features/catalog/static-index/browse-page.ts'
import {
  cachedPage,
  listPageQueryOptions,
} from '../../features/catalog/static-index/browse-queries.ts'
import { cardSlots } from './card-slots.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { usePageTitle } from './use-page-title.ts'

/** `/page/<n>`: page n of every episode, newest first, with links to the pages beside it. */
export function ListPage({ page }: { page: number }) {
  const client = useQueryClient()
  const list = useQuery({
    ...listPageQueryOptions(page),
    initialData: () => cachedPage(client, page),
  })
  usePageTitle(`Episodes, page ${page}`)
  const pages = list.data ? pageCount(list.data.total) : null
  if (pages !== null && page > pages) return <NotFoundPage />
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Episodes</h1>
      {list.error ? (
        <LoadError what="the episodes" onRetry={() => void list.refetch()} />
      ) : !list.data || pages === null ? (
        <ListSkeleton />
      ) : (
        <>
          <EpisodeList
            entries={list.data.items.map(({ ordinal, episode }) => ({ key: ordinal, episode }))}
            slots={cardSlots}
            label={`Episodes, page ${page} of ${pages}`}
            headingLevel={2}
          />
          <ListPager basePath="/" page={page} pages={pages} />
        </>
      )}
    </>
  )
}
