import { type BrowseMeta, browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import { type FilterGroup, filterGroups } from '../filters/filter-state.ts'
import { browseGroups } from './browse-options.ts'
import { decodeFacetRowPart } from './facet-row-part.ts'
import type { OptionPart } from './option-part.ts'
import { asBytes, type PartCache } from './part-cache.ts'

/** A group with choices: the parts of its chosen options. */
export interface ActiveGroup {
  group: FilterGroup
  parts: OptionPart[]
}

interface CountInput {
  cache: PartCache
  meta: BrowseMeta
  /** Groups with at least one known choice, with their options' parts loaded. */
  active: readonly ActiveGroup[]
  searchOrder: Int32Array | null
}

/** How many active groups rule each episode out, and the last one that did. */
function failures(size: number, active: readonly ActiveGroup[]) {
  const fails = new Uint8Array(size)
  const failedGroup = new Int8Array(size)
  for (const { group, parts } of active) {
    const passes = new Uint8Array(size)
    for (const part of parts) for (const ordinal of part.ordinals) passes[ordinal] = 1
    const position = filterGroups.indexOf(group)
    for (let i = 0; i < size; i++) {
      if (passes[i]) continue
      fails[i] = (fails[i] ?? 0) + 1
      failedGroup[i] = position
    }
  }
  return { fails, failedGroup }
}

/** The episodes that pass every active group and the search, in search order or newest first. */
export function matchingEpisodes({ meta, active, searchOrder }: Omit<CountInput, 'cache'>) {
  return matching(meta.episodes, active, failures(meta.episodes, active).fails, searchOrder)
}

/**
 * Each group's option counts: what choosing the option would give under the
 * other groups' choices and the search. Counts come from the totals when no
 * other group filters, from the option parts' co-occurrence counts when one
 * other group does with choices that cannot overlap, and otherwise from the
 * facet rows of just the episodes that count (the parts a search needs most).
 */
export async function countOptions({
  cache,
  meta,
  active,
  searchOrder,
}: CountInput): Promise<Record<FilterGroup, Int32Array>> {
  const size = meta.episodes
  const groups = browseGroups(meta)
  const { fails, failedGroup } = failures(size, active)
  let inSearch: Uint8Array | null = null
  if (searchOrder) {
    inSearch = new Uint8Array(size)
    for (const ordinal of searchOrder) inSearch[ordinal] = 1
  }
  const counts = {} as Record<FilterGroup, Int32Array>
  await Promise.all(
    filterGroups.map(async (group, position) => {
      const { meta: groupMeta, position: metaPosition } = groups[group]
      const others = active.filter((entry) => entry.group !== group)
      const [only] = others
      if (!inSearch && !only) {
        counts[group] = Int32Array.from(groupMeta.totals)
        return
      }
      if (!inSearch && only && others.length === 1) {
        const onlyMeta = groups[only.group].meta
        if (only.parts.length === 1 || onlyMeta.singleValued) {
          const sum = new Int32Array(groupMeta.totals.length)
          for (const part of only.parts) {
            const cooccurrence = part.cooccurrence[metaPosition]
            if (cooccurrence)
              for (let o = 0; o < sum.length; o++) sum[o] = (sum[o] ?? 0) + (cooccurrence[o] ?? 0)
          }
          counts[group] = sum
          return
        }
      }
      const counted = (i: number) =>
        (!inSearch || inSearch[i] === 1) &&
        (fails[i] === 0 || (fails[i] === 1 && failedGroup[i] === position))
      counts[group] = await countFromRows(cache, meta, group, groupMeta.totals.length, counted)
    }),
  )
  return counts
}

/** The episodes no active group rules out, in search order or newest first. */
function matching(
  size: number,
  active: readonly ActiveGroup[],
  fails: Uint8Array,
  searchOrder: Int32Array | null,
): Int32Array {
  if (searchOrder) return searchOrder.filter((ordinal) => fails[ordinal] === 0)
  const [first] = active
  if (active.length === 1 && first?.parts.length === 1 && first.parts[0]) {
    return first.parts[0].ordinals
  }
  const results = new Int32Array(size)
  let length = 0
  for (let i = 0; i < size; i++) if (fails[i] === 0) results[length++] = i
  return results.slice(0, length)
}

async function countFromRows(
  cache: PartCache,
  meta: BrowseMeta,
  group: FilterGroup,
  options: number,
  counted: (ordinal: number) => boolean,
): Promise<Int32Array> {
  const chunk = meta.rowChunk
  const touched: number[] = []
  for (let start = 0; start < meta.episodes; start += chunk) {
    const end = Math.min(start + chunk, meta.episodes)
    for (let i = start; i < end; i++) {
      if (counted(i)) {
        touched.push(start / chunk)
        break
      }
    }
  }
  const parts = await Promise.all(
    touched.map((part) => {
      const start = part * chunk
      const length = Math.min(chunk, meta.episodes - start)
      return cache.load(browsePaths.rows(group, part), (raw) =>
        decodeFacetRowPart(asBytes(raw), start, length),
      )
    }),
  )
  const counts = new Int32Array(options)
  for (const { start, offsets, values } of parts) {
    for (let i = 0; i + 1 < offsets.length; i++) {
      if (!counted(start + i)) continue
      for (let k = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; k < end; k++) {
        const option = values[k] ?? 0
        counts[option] = (counts[option] ?? 0) + 1
      }
    }
  }
  return counts
}
