import type { BrowseMeta } from '../../../lib/browse-index/browse-index-layout.ts'
import type { CatalogModel } from '../filters/catalog-model.ts'
import { type FilterGroup, filterGroups } from '../filters/filter-state.ts'
import type { NamedOption } from '../filters/visible-options.ts'
import { browseGroups } from './browse-options.ts'

/** What the filter panel lists before any filter: named options and every option's total. */
export interface PanelFacets {
  /** Per group, its first options with their names, most used first. */
  heads: Record<FilterGroup, readonly NamedOption[]>
  /** Per group, every option's episodes, in the same order. */
  totals: Record<FilterGroup, Int32Array>
}

/** From the browse index's meta part: the head of each group, the totals of all its options. */
export function metaFacets(meta: BrowseMeta): PanelFacets {
  const groups = browseGroups(meta)
  const heads = {} as PanelFacets['heads']
  const totals = {} as PanelFacets['totals']
  for (const group of filterGroups) {
    heads[group] = groups[group].meta.head
    totals[group] = Int32Array.from(groups[group].meta.totals)
  }
  return { heads, totals }
}

/** From a catalog the page holds: every option named, in the same order as the index's. */
export function modelFacets(model: CatalogModel): PanelFacets {
  const heads = {} as PanelFacets['heads']
  const totals = {} as PanelFacets['totals']
  for (const group of filterGroups) {
    const { options } = model.groups[group]
    heads[group] = options
    totals[group] = Int32Array.from(options, (option) => option.total)
  }
  return { heads, totals }
}
