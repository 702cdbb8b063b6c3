import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { LoadError } from '../../components/load-error.tsx'
import { ListSkeleton } from '../../features/catalog/components/list-skeleton.tsx'
import {
  type EntryDocuments,
  type EntryKind,
  entryQueryOptions,
} from '../../lib/api/catalog-queries.ts'
import { NotFoundError } from '../../lib/api/fetch-json.ts'
import { NotFoundPage } from './not-found-page.tsx'

interface CatalogPageProps<K extends EntryKind> {
  /** The entry the page shows: its own document is loaded, never the catalog. */
  kind: K
  slug: string
  children: (entry: EntryDocuments[K]) => ReactNode
}

/** Loading, not found, error and retry around a person's, technology's or show's page. */
export function CatalogPage<K extends EntryKind>({ kind, slug, children }: CatalogPageProps<K>) {
  const entry = useQuery(entryQueryOptions(kind, slug))
  if (entry.error instanceof NotFoundError) return <NotFoundPage />
  if (entry.error) return <LoadError what="the page" onRetry={() => void entry.refetch()} />
  if (!entry.data) {
    return (
      <div aria-hidden="true" className="flex flex-col gap-4">
        <div className="h-5 w-24 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-9 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <ListSkeleton cards={3} />
      </div>
    )
  }
  return children(entry.data)
}
