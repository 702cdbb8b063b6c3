import type { BrowseMeta } from '../../../lib/browse-index/browse-index-layout.ts'
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

/** Before the meta part arrives: no options yet. */
export const noFacets: PanelFacets = {
  heads: { guests: [], technologies: [], shows: [], categories: [] },
  totals: {
    guests: new Int32Array(),
    technologies: new Int32Array(),
    shows: new Int32Array(),
    categories: new Int32Array(),
  },
}
