import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { LoadError } from '../../components/load-error.tsx'
import { CollectionHeader } from '../../features/catalog/components/collection-header.tsx'
import { EpisodeList } from '../../features/catalog/components/episode-list.tsx'
import { ListPager } from '../../features/catalog/components/list-pager.tsx'
import { ListSkeleton } from '../../features/catalog/components/list-skeleton.tsx'
import { pageCount } from '../../features/catalog/static-index/browse-page.ts'
import { collectionPageQueryOptions } from '../../features/catalog/static-index/browse-queries.ts'
import type { EntryKind } from '../../lib/api/catalog-queries.ts'
import { cardSlots } from './card-slots.tsx'
import { CatalogPage } from './catalog-page.tsx'
import { collectionKinds, collectionPath } from './collection-kinds.ts'
import { NotFoundPage } from './not-found-page.tsx'
import { PageTitle } from './page-title.tsx'

interface CollectionListPageProps {
  kind: EntryKind
  slug: string
  page: number
}

/**
 * `/<folder>/<slug>/page/<n>`: page n of a person's, technology's or show's
 * episodes, newest first, under its name (a link to its page) and with links
 * to the pages beside it.
 */
export function CollectionListPage({ kind, slug, page }: CollectionListPageProps) {
  const { group, label, heading, summary } = collectionKinds[kind]
  const list = useQuery(collectionPageQueryOptions(group, slug, page))
  const pages = list.data ? pageCount(list.data.total) : null
  if (pages !== null && page > pages) return <NotFoundPage />
  const basePath = collectionPath(kind, slug)
  return (
    <CatalogPage kind={kind} slug={slug}>
      {(entry) => (
        <div data-accent={kind === 'shows' ? slug : undefined}>
          <PageTitle title={`${entry.name}, page ${page}`} />
          <CollectionHeader
            kind={label}
            title={
              <Link href={basePath} className="text-accent underline">
                {entry.name}
              </Link>
            }
            summary={list.data ? summary(list.data.total) : null}
          />
          <section aria-labelledby="collection-episodes" className="flex flex-col gap-4">
            <h2 id="collection-episodes" className="text-xl font-semibold">
              {heading(entry.name)}
            </h2>
            {list.error ? (
              <LoadError what="the episodes" onRetry={() => void list.refetch()} />
            ) : !list.data || pages === null ? (
              <ListSkeleton cards={3} />
            ) : (
              <>
                <EpisodeList
                  entries={list.data.items.map(({ ordinal, episode }) => ({
                    key: ordinal,
                    episode,
                  }))}
                  slots={cardSlots}
                  label={`${heading(entry.name)}, page ${page} of ${pages}`}
                  headingLevel={3}
                />
                <ListPager basePath={basePath} page={page} pages={pages} />
              </>
            )}
          </section>
        </div>
      )}
    </CatalogPage>
  )
}
