import {
  type BrowseGroupMeta,
  type BrowseMeta,
  type BrowseOption,
  browsePaths,
} from '../../../lib/browse-index/browse-index-layout.ts'
import { type FilterGroup, filterGroups } from '../filters/filter-state.ts'
import { asText, type PartCache } from './part-cache.ts'

export interface BrowseGroup {
  /** Position of the group in the meta part, which option parts follow. */
  position: number
  meta: BrowseGroupMeta
}

/** The meta part's groups by filter group; a group the index lacks is an error. */
export function browseGroups(meta: BrowseMeta): Record<FilterGroup, BrowseGroup> {
  const groups = {} as Record<FilterGroup, BrowseGroup>
  for (const group of filterGroups) {
    const position = meta.groups.findIndex((entry) => entry.group === group)
    const entry = meta.groups[position]
    if (!entry) throw new Error(`the browse index has no ${group} group`)
    groups[group] = { position, meta: entry }
  }
  return groups
}

/** Every option of a group, fetching its tail part only when the head does not hold them all. */
export async function allOptions(
  cache: PartCache,
  group: BrowseGroupMeta,
): Promise<BrowseOption[]> {
  if (group.head.length >= group.totals.length) return group.head
  const tail = await cache.load(
    browsePaths.tail(group.group),
    (raw) => JSON.parse(asText(raw)) as BrowseOption[],
  )
  return [...group.head, ...tail]
}

/**
 * The option numbers of the chosen slugs, without repeats; slugs the index does
 * not know are ignored. The tail part is fetched only for a slug the head lacks.
 */
export async function chosenOptions(
  cache: PartCache,
  group: BrowseGroupMeta,
  slugs: readonly string[],
): Promise<number[]> {
  const chosen = new Set<number>()
  let options: readonly BrowseOption[] = group.head
  for (const slug of slugs) {
    let option = options.findIndex((entry) => entry.slug === slug)
    if (option < 0 && options.length < group.totals.length) {
      options = await allOptions(cache, group)
      option = options.findIndex((entry) => entry.slug === slug)
    }
    if (option >= 0) chosen.add(option)
  }
  return [...chosen]
}
