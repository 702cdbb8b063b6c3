import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { CatalogModel } from '../filters/catalog-model.ts'
import { browseMetaQueryOptions, parseBrowseMeta } from '../static-index/browse-queries.ts'
import { metaFacets, modelFacets, type PanelFacets } from '../static-index/panel-facets.ts'

const selectFacets = (raw: ArrayBuffer | string) => metaFacets(parseBrowseMeta(raw))

/**
 * The filter panel's options and totals, from the browse index's meta part;
 * until it arrives (the first paint of a prerendered page, which must match
 * its HTML), from the catalog the page holds, which lists them alike.
 */
export function useBrowseFacets(model: CatalogModel): PanelFacets {
  const meta = useQuery({ ...browseMetaQueryOptions(), select: selectFacets })
  const fallback = useMemo(() => modelFacets(model), [model])
  return meta.data ?? fallback
}
