import type { CatalogIndex, EpisodeSummary } from '../../documents.ts'

export type FacetGroupName = keyof CatalogIndex['facets']

/** The groups in the order the filter panel shows them, which the index keeps. */
export const facetGroupNames: readonly FacetGroupName[] = [
  'guests',
  'technologies',
  'shows',
  'categories',
]

/** One facet group as option numbers: episode `i` carries `rows[i]`, ascending. */
export interface FacetRows {
  group: FacetGroupName
  options: CatalogIndex['facets'][FacetGroupName]
  rows: number[][]
  /** Per option, the ordinals of the episodes that carry it, ascending. */
  postings: number[][]
}

function slugsOf(episode: EpisodeSummary, group: FacetGroupName): readonly string[] {
  switch (group) {
    case 'guests':
      return episode.guests
    case 'technologies':
      return episode.technologies
    case 'shows':
      return episode.show ? [episode.show] : []
    case 'categories':
      return episode.category ? [episode.category] : []
  }
}

/** Numbers each group's options in facet order; slugs the facets do not list are left out. */
export function facetRows(catalog: CatalogIndex, group: FacetGroupName): FacetRows {
  const options = catalog.facets[group]
  const optionBySlug = new Map(options.map((option, index) => [option.slug, index]))
  const postings: number[][] = options.map(() => [])
  const rows = catalog.episodes.map((episode, ordinal) => {
    const row = [...new Set(slugsOf(episode, group))]
      .map((slug) => optionBySlug.get(slug))
      .filter((option): option is number => option !== undefined)
      .sort((a, b) => a - b)
    for (const option of row) postings[option]?.push(ordinal)
    return row
  })
  return { group, options, rows, postings }
}
