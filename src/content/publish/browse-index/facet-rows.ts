import { slugsOf } from '../../../features/catalog/filters/catalog-model.ts'
import type { CatalogIndex } from '../../documents.ts'

export type FacetGroupName = keyof CatalogIndex['facets']

/** The groups in the order the filter panel shows them, which the index keeps. */
export const facetGroupNames: readonly FacetGroupName[] = [
  'guests',
  'technologies',
  'shows',
  'categories',
]

/**
 * One facet group as option numbers, in compressed rows: episode `i` carries
 * `rows.values[rows.offsets[i]…rows.offsets[i + 1]]` (ascending), and option `o`
 * is carried by the ordinals `postings.values[postings.offsets[o]…]` (ascending).
 * Typed arrays, so that 100,000 episodes cost a few megabytes, not 400,000 arrays.
 */
export interface FacetRows {
  group: FacetGroupName
  options: CatalogIndex['facets'][FacetGroupName]
  rows: CompressedRows
  postings: CompressedRows
}

export interface CompressedRows {
  offsets: Int32Array
  values: Int32Array
}

/** Entry `i` of compressed rows, without copying. */
export const rowAt = ({ offsets, values }: CompressedRows, i: number): Int32Array =>
  values.subarray(offsets[i] ?? 0, offsets[i + 1] ?? 0)

/** Numbers a group's options in facet order; slugs the facets do not list are left out. */
export function facetRows(catalog: CatalogIndex, group: FacetGroupName): FacetRows {
  const { episodes } = catalog
  const options = catalog.facets[group]
  const optionBySlug = new Map(options.map((option, index) => [option.slug, index]))
  const offsets = new Int32Array(episodes.length + 1)
  const carried: number[] = []
  const perOption = new Int32Array(options.length)
  episodes.forEach((episode, ordinal) => {
    const start = carried.length
    for (const slug of slugsOf(episode, group)) {
      const option = optionBySlug.get(slug)
      if (option === undefined || carried.indexOf(option, start) >= 0) continue
      carried.push(option)
      perOption[option] = (perOption[option] ?? 0) + 1
    }
    const row = carried.splice(start).sort((a, b) => a - b)
    carried.push(...row)
    offsets[ordinal + 1] = carried.length
  })
  const rows = { offsets, values: Int32Array.from(carried) }
  return { group, options, rows, postings: invert(rows, perOption) }
}

/** Which rows carry each option, from how many do. */
function invert(rows: CompressedRows, perOption: Int32Array): CompressedRows {
  const offsets = new Int32Array(perOption.length + 1)
  perOption.forEach((count, option) => {
    offsets[option + 1] = (offsets[option] ?? 0) + count
  })
  const values = new Int32Array(rows.values.length)
  const next = offsets.slice(0, -1)
  for (let ordinal = 0; ordinal + 1 < rows.offsets.length; ordinal++) {
    for (const option of rowAt(rows, ordinal)) {
      values[next[option] ?? 0] = ordinal
      next[option] = (next[option] ?? 0) + 1
    }
  }
  return { offsets, values }
}
