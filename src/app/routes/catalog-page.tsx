import type { ReactNode } from 'react'
import { LoadError } from '../../components/load-error.tsx'
import { ListSkeleton } from '../../features/catalog/components/list-skeleton.tsx'
import type { CatalogModel } from '../../features/catalog/filters/catalog-model.ts'
import type { FilterGroup } from '../../features/catalog/filters/filter-state.ts'
import { useCollectionModel } from '../../features/catalog/hooks/use-collection-model.ts'

interface CatalogPageProps {
  /** The collection the page shows: only its part of the catalog is loaded. */
  group: FilterGroup
  slug: string
  /** Renders the page from the loaded catalog, or null when the slug is unknown. */
  children: (model: CatalogModel) => ReactNode
}

/** Loading, error and retry around a page drawn from the catalog index. */
export function CatalogPage({ group, slug, children }: CatalogPageProps) {
  const catalog = useCollectionModel(group, slug)
  if (catalog.error) return <LoadError what="the catalog" onRetry={() => void catalog.refetch()} />
  if (!catalog.data) {
    return (
      <div aria-hidden="true" className="flex flex-col gap-4">
        <div className="h-5 w-24 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-9 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <ListSkeleton cards={3} />
      </div>
    )
  }
  return children(catalog.data)
}
