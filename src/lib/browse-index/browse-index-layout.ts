/**
 * The static browse index: the files the build writes under `data/browse/` and
 * the shapes of its JSON parts. The writer (build time) and the reader (browser)
 * both follow this module, so the paths are spelled once.
 */

export type { BrowseCard, CardNames } from '../../content/documents.ts'

export const BROWSE_INDEX_VERSION = 3

/** An option of a facet group as the first paint needs it. */
export interface BrowseOption {
  slug: string
  name: string
  /** URL of a technology's icon, when it has one. */
  icon?: string
}

export interface BrowseGroupMeta {
  /** The facet group: `guests`, `technologies`, `shows` or `categories`. */
  group: string
  /** Episodes carrying each option, for every option of the group, most used first. */
  totals: number[]
  /** The first options (most used), with their names; the rest are in the group's tail part. */
  head: BrowseOption[]
  /** No episode carries two options of the group (a show, a category): counts of choices add up. */
  singleValued: boolean
}

/** `data/browse/meta.json`: what the first paint needs to show the filter panel. */
export interface BrowseMeta {
  version: number
  /** Episodes in the catalog; ordinal 0 is the newest. */
  episodes: number
  /** Episodes a card part holds: part `k` holds ordinals `k * cardChunk` onwards. */
  cardChunk: number
  /** Episodes a facet-rows part holds. */
  rowChunk: number
  /** Cards each option part carries: those of its newest episodes, a first click's page. */
  firstPage: number
  groups: BrowseGroupMeta[]
}

const ROOT = 'data/browse'

export const browsePaths = {
  meta: `${ROOT}/meta.json`,
  /** JSON `BrowseOption[]`: options of a group past its head, in order. */
  tail: (group: string) => `${ROOT}/${group}/tail.json`,
  /**
   * Binary: an option's episodes, how many of them carry each option of the other
   * groups, then the cards of its newest episodes (length-prefixed JSON `BrowseCard[]`).
   */
  option: (group: string, option: number) => `${ROOT}/${group}/${option}.bin`,
  /** Binary: the options of one group that each episode of a range carries. */
  rows: (group: string, chunk: number) => `${ROOT}/${group}/rows-${chunk}.bin`,
  /** JSON `BrowseCard[]` of a range of ordinals. */
  cards: (chunk: number) => `${ROOT}/cards/${chunk}.json`,
} as const
