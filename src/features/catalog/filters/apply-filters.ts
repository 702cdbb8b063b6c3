import type { CatalogModel } from './catalog-model.ts'
import { type FilterGroup, type FilterSelection, filterGroups } from './filter-state.ts'

export interface FilterResult {
  /** Episode indexes that pass every filter, in catalog order or search order. */
  episodes: Int32Array
  /** Per group, per option: matches under every other group's filter (and the search). */
  counts: Record<FilterGroup, Int32Array>
}

/**
 * Faceted filtering: choices within a group combine with OR, groups with AND.
 * `searchOrder`, when given, restricts the result to those episodes and orders it.
 * Slugs unknown to the catalog are ignored. One pass over the episodes per call.
 */
export function applyFilters(
  model: CatalogModel,
  selection: FilterSelection,
  searchOrder: Int32Array | null = null,
): FilterResult {
  const size = model.episodes.length
  const groupCount = filterGroups.length
  // passes[g * size + i] = 1 when episode i satisfies group g (always, when g has no choice).
  const passes = new Uint8Array(groupCount * size)
  filterGroups.forEach((group, g) => {
    const index = model.groups[group]
    const chosen = new Uint8Array(index.options.length)
    let active = false
    for (const slug of selection[group]) {
      const option = index.optionBySlug.get(slug)
      if (option !== undefined) {
        chosen[option] = 1
        active = true
      }
    }
    const row = passes.subarray(g * size, (g + 1) * size)
    if (!active) {
      row.fill(1)
      return
    }
    for (let i = 0; i < size; i++) {
      for (let k = index.offsets[i] ?? 0, end = index.offsets[i + 1] ?? 0; k < end; k++) {
        if (chosen[index.values[k] ?? 0]) {
          row[i] = 1
          break
        }
      }
    }
  })

  const inSearch = new Uint8Array(size)
  if (searchOrder) for (const i of searchOrder) inSearch[i] = 1
  else inSearch.fill(1)

  const counts = {} as Record<FilterGroup, Int32Array>
  for (const group of filterGroups) {
    counts[group] = new Int32Array(model.groups[group].options.length)
  }
  const indexes = filterGroups.map((group) => model.groups[group])
  const rows = filterGroups.map((group) => counts[group])
  const passing = new Uint8Array(size)
  for (let i = 0; i < size; i++) {
    if (!inSearch[i]) continue
    let failures = 0
    let failedGroup = -1
    for (let g = 0; g < groupCount && failures < 2; g++) {
      if (!passes[g * size + i]) {
        failures++
        failedGroup = g
      }
    }
    if (failures === 0) passing[i] = 1
    // An episode counts for a group's options when only that group (or none) rules it out.
    for (let g = 0; g < groupCount; g++) {
      if (failures > 1 || (failures === 1 && failedGroup !== g)) continue
      const { offsets, values } = indexes[g] as (typeof indexes)[number]
      const row = rows[g] as Int32Array
      for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) {
        const option = values[k] ?? 0
        row[option] = (row[option] ?? 0) + 1
      }
    }
  }

  const order = searchOrder ?? Int32Array.from({ length: size }, (_, i) => i)
  return { episodes: order.filter((i) => passing[i] === 1), counts }
}
