/** What the filter panel shows of an option. */
export interface NamedOption {
  slug: string
  name: string
  /** URL of a technology's icon, when it has one. */
  icon?: string
}

export interface VisibleOption {
  option: NamedOption
  count: number
  isChosen: boolean
}

export interface VisibleOptions {
  shown: VisibleOption[]
  /** Options that would match (chosen, or with episodes, and holding the needle). */
  matching: number
  /**
   * Whether the names known so far (`options`, the first of the group's options)
   * cannot say what to show: an option past them would be listed or named by
   * the needle, or a chosen slug is not among them.
   */
  needsMore: boolean
}

/**
 * The options a facet group lists: chosen ones always; others when some
 * episode would match and their name holds `needle`. Unless `expanded`, only
 * the first `limit` of those (in catalog "most used first" order) plus the
 * chosen ones. `counts` covers every option of the group; `options` may name
 * only the first of them. `kept` (the option holding the keyboard focus) stays
 * listed whatever its count, so that new counts never pull it from under the focus. One pass, allocating only what is shown: groups can
 * hold thousands of guests and this runs on every filter change.
 */
export function visibleOptions(
  options: readonly NamedOption[],
  counts: Int32Array,
  selected: readonly string[],
  needle: string,
  limit: number,
  expanded: boolean,
  kept: string | null = null,
): VisibleOptions {
  const chosen = new Set(selected)
  const query = needle.trim().toLowerCase()
  const shown: VisibleOption[] = []
  const size = Math.max(options.length, counts.length)
  let matching = 0
  let found = 0
  let needsMore = false
  for (let index = 0; index < size; index++) {
    const option = options[index]
    const count = counts[index] ?? 0
    if (!option) {
      if (count === 0) continue
      // Not named yet: it would be listed, unless past a collapsed list's first `limit`,
      // and a needle has to be looked for in its name.
      needsMore ||= query !== '' || expanded || matching < limit
      if (!query) matching++
      continue
    }
    const isChosen = chosen.has(option.slug)
    if (isChosen) found++
    const isKept = isChosen || option.slug === kept
    if (!isKept && (count === 0 || (query && !option.name.toLowerCase().includes(query)))) {
      continue
    }
    matching++
    if (expanded || isKept || matching <= limit) shown.push({ option, count, isChosen })
  }
  // A chosen slug is either among the options not named yet or unknown to the catalog.
  if (found < chosen.size && options.length < size) needsMore = true
  return { shown, matching, needsMore }
}
