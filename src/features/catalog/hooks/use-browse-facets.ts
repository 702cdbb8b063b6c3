import { useQuery } from '@tanstack/react-query'
import { browseMetaQueryOptions, parseBrowseMeta } from '../static-index/browse-queries.ts'
import { metaFacets, noFacets, type PanelFacets } from '../static-index/panel-facets.ts'

const selectFacets = (raw: ArrayBuffer | string) => metaFacets(parseBrowseMeta(raw))

/**
 * The filter panel's options and totals, from the browse index's meta part (a
 * prerendered home carries it); no options until it arrives.
 */
export function useBrowseFacets(): PanelFacets {
  return useQuery({ ...browseMetaQueryOptions(), select: selectFacets }).data ?? noFacets
}
