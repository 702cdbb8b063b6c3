import { useQuery } from '@tanstack/react-query'
import { catalogQueryOptions } from '../../../lib/api/catalog-queries.ts'
import { buildCatalogModel } from '../filters/catalog-model.ts'

/** The catalog with its filter indexes, built once per fetched catalog (select is memoized). */
export function useCatalogModel() {
  return useQuery({ ...catalogQueryOptions(), select: buildCatalogModel })
}
