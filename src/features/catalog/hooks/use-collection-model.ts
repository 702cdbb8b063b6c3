import { queryOptions, useQuery } from '@tanstack/react-query'
import { catalogKeys, catalogQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { buildCatalogModel } from '../filters/catalog-model.ts'
import { collectionCatalog } from '../filters/collection-catalog.ts'
import type { FilterGroup } from '../filters/filter-state.ts'

/** One guest's, technology's or show's part of the catalog, cut from the index. */
export const collectionQueryOptions = (group: FilterGroup, slug: string) =>
  queryOptions({
    // Content is immutable per build, like the index it is cut from.
    staleTime: Number.POSITIVE_INFINITY,
    queryKey: catalogKeys.collection(group, slug),
    queryFn: async ({ client }) =>
      collectionCatalog(await client.fetchQuery(catalogQueryOptions()), group, slug),
  })

/** The model of a guest, technology or show page: only that collection's episodes. */
export function useCollectionModel(group: FilterGroup, slug: string) {
  return useQuery({ ...collectionQueryOptions(group, slug), select: buildCatalogModel })
}
