import type { FacetOption } from './catalog-model.ts'

export interface VisibleOption {
  option: FacetOption
  count: number
  isChosen: boolean
}

/**
 * The options a facet group lists: chosen ones always; others when some
 * episode would match and their name holds `needle`. Unless `expanded`, only
 * the first `limit` of those (in catalog "most used first" order) plus the
 * chosen ones. One pass, allocating only what is shown: groups can hold
 * thousands of guests and this runs on every filter change.
 */
export function visibleOptions(
  options: readonly FacetOption[],
  counts: Int32Array,
  selected: readonly string[],
  needle: string,
  limit: number,
  expanded: boolean,
): { shown: VisibleOption[]; matching: number } {
  const chosen = new Set(selected)
  const query = needle.trim().toLowerCase()
  const shown: VisibleOption[] = []
  let matching = 0
  for (let index = 0; index < options.length; index++) {
    const option = options[index] as FacetOption
    const count = counts[index] ?? 0
    const isChosen = chosen.has(option.slug)
    if (!isChosen && (count === 0 || (query && !option.name.toLowerCase().includes(query)))) {
      continue
    }
    matching++
    if (expanded || isChosen || matching <= limit) shown.push({ option, count, isChosen })
  }
  return { shown, matching }
}
