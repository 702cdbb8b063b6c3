import {
  type BrowseCard,
  type BrowseMeta,
  browsePaths,
} from '../../../lib/browse-index/browse-index-layout.ts'
import { type FilterGroup, type FilterSelection, filterGroups } from '../filters/filter-state.ts'
import { browseGroups, chosenOptions } from './browse-options.ts'
import { type ActiveGroup, countOptions, matchingEpisodes } from './count-options.ts'
import { decodeOptionPart } from './option-part.ts'
import { asBytes, asText, createPartCache, type FetchPart } from './part-cache.ts'

export interface BrowseResult {
  /** Episodes that pass every filter (and the search). */
  total: number
  /** The page's episodes, newest first or in search order. */
  episodes: BrowseCard[]
  /** Their ordinals (positions in the newest-first catalog), as the search index numbers them. */
  ordinals: Int32Array
}

/** Per group, per option (in the index's order): matches under every other group's filter and the search. */
export type OptionCounts = Record<FilterGroup, Int32Array>

export interface BrowseIndexReader {
  /**
   * Filters like `applyFilters` (OR within a group, AND across groups, unknown
   * slugs ignored); `searchOrder` restricts and orders the result. `page` counts from 1,
   * in pages of `size` episodes (the reader's page size unless given).
   */
  query(
    selection: FilterSelection,
    searchOrder: Int32Array | null,
    page: number,
    size?: number,
  ): Promise<BrowseResult>
  /**
   * The option counts beside `query`'s answer for the same filters and search:
   * apart, because under a search they need more parts than the results do.
   */
  counts(selection: FilterSelection, searchOrder: Int32Array | null): Promise<OptionCounts>
  /**
   * One option's episodes, newest first (a guest's, a technology's, a show's):
   * none when the index does not know the slug, where `query` would ignore it.
   */
  collection(group: FilterGroup, slug: string, page: number): Promise<BrowseResult>
}

const emptySelection: FilterSelection = { guests: [], technologies: [], shows: [], categories: [] }

/** Reads the static browse index through `fetchPart`, fetching each part at most once. */
export function createBrowseIndexReader(fetchPart: FetchPart, pageSize = 24): BrowseIndexReader {
  const cache = createPartCache(fetchPart)
  const loadMeta = () =>
    cache.load(browsePaths.meta, (raw) => JSON.parse(asText(raw)) as BrowseMeta)

  async function activeGroups(meta: BrowseMeta, selection: FilterSelection) {
    const groups = browseGroups(meta)
    const optionCounts = meta.groups.map((group) => group.totals.length)
    const active = await Promise.all(
      filterGroups.map(async (group): Promise<ActiveGroup> => {
        const { position, meta: groupMeta } = groups[group]
        const chosen = await chosenOptions(cache, groupMeta, selection[group])
        const parts = await Promise.all(
          chosen.map((option) =>
            cache.load(browsePaths.option(group, option), (raw) => {
              const part = decodeOptionPart(asBytes(raw), position, optionCounts)
              remember(0, part.cards, part.ordinals)
              return part
            }),
          ),
        )
        return { group, parts }
      }),
    )
    return active.filter((entry) => entry.parts.length > 0)
  }

  /** Cards by ordinal, from option parts and card parts as they arrive. */
  const cards = new Map<number, BrowseCard>()
  const remember = (start: number, list: readonly BrowseCard[], ordinals?: Int32Array) => {
    for (const [k, card] of list.entries()) {
      cards.set(ordinals ? (ordinals[k] ?? -1) : start + k, card)
    }
  }

  const pageOrdinals = (ordinals: Int32Array, page: number, size = pageSize) =>
    ordinals.subarray((page - 1) * size, page * size)

  /** The page's cards: those option parts carried, then card parts for the others. */
  async function pageOf(meta: BrowseMeta, wanted: Int32Array) {
    const missing = wanted.filter((ordinal) => !cards.has(ordinal))
    const chunks = new Set(Array.from(missing, (ordinal) => Math.floor(ordinal / meta.cardChunk)))
    await Promise.all(
      [...chunks].map((chunk) =>
        cache.load(browsePaths.cards(chunk), (raw) => {
          remember(chunk * meta.cardChunk, JSON.parse(asText(raw)) as BrowseCard[])
        }),
      ),
    )
    return Array.from(wanted, (ordinal) => {
      const card = cards.get(ordinal)
      if (!card) throw new Error(`the browse index has no card for episode ${ordinal}`)
      return card
    })
  }

  async function query(
    selection: FilterSelection,
    searchOrder: Int32Array | null,
    page: number,
    size = pageSize,
  ) {
    const meta = await loadMeta()
    const active = await activeGroups(meta, selection)
    const results = matchingEpisodes({ meta, active, searchOrder })
    const ordinals = pageOrdinals(results, page, size)
    return { total: results.length, episodes: await pageOf(meta, ordinals), ordinals }
  }

  return {
    query,
    async counts(selection, searchOrder) {
      const meta = await loadMeta()
      const active = await activeGroups(meta, selection)
      return countOptions({ cache, meta, active, searchOrder })
    },
    async collection(group, slug, page) {
      const meta = await loadMeta()
      const known = await chosenOptions(cache, browseGroups(meta)[group].meta, [slug])
      if (known.length === 0) return { total: 0, episodes: [], ordinals: new Int32Array(0) }
      return query({ ...emptySelection, [group]: [slug] }, null, page)
    },
  }
}
