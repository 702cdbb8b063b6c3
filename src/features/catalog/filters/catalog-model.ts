import type { CatalogIndex, EpisodeSummary } from '../../../content/documents.ts'
import { type FilterGroup, filterGroups } from './filter-state.ts'

export interface FacetOption {
  slug: string
  name: string
  /** Episodes carrying this option in the whole catalog. */
  total: number
  /** URL of a technology's icon, when it has one. */
  icon?: string
}

/**
 * One facet group in compressed rows: the options of episode `i` are
 * `values[offsets[i]]` up to `values[offsets[i + 1]]`, as option numbers.
 */
export interface GroupIndex {
  /** Most used first, the order the compiler wrote them. */
  options: FacetOption[]
  optionBySlug: Map<string, number>
  offsets: Int32Array
  values: Int32Array
}

export interface CatalogModel {
  catalog: CatalogIndex
  episodes: EpisodeSummary[]
  episodeBySlug: Map<string, number>
  groups: Record<FilterGroup, GroupIndex>
}

/** The slugs of a group's options that an episode carries. */
export function slugsOf(episode: EpisodeSummary, group: FilterGroup): readonly string[] {
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

function buildGroup(
  episodes: EpisodeSummary[],
  group: FilterGroup,
  facet: ReadonlyArray<{
    slug: string
    name: string
    count: number
    icon?: { url: string } | null
  }>,
): GroupIndex {
  const options: FacetOption[] = facet.map(({ slug, name, count, icon }) => ({
    slug,
    name,
    total: count,
    ...(icon && { icon: icon.url }),
  }))
  const optionBySlug = new Map(options.map((option, index) => [option.slug, index]))
  const offsets = new Int32Array(episodes.length + 1)
  const values: number[] = []
  episodes.forEach((episode, index) => {
    for (const slug of slugsOf(episode, group)) {
      const option = optionBySlug.get(slug)
      if (option !== undefined) values.push(option)
    }
    offsets[index + 1] = values.length
  })
  return { options, optionBySlug, offsets, values: Int32Array.from(values) }
}

/** Indexes a catalog once, so that filtering and counting never look at strings. */
export function buildCatalogModel(catalog: CatalogIndex): CatalogModel {
  const { episodes, facets } = catalog
  const groups = {} as Record<FilterGroup, GroupIndex>
  for (const group of filterGroups) groups[group] = buildGroup(episodes, group, facets[group])
  return {
    catalog,
    episodes,
    episodeBySlug: new Map(episodes.map((episode, index) => [episode.slug, index])),
    groups,
  }
}

/** Display name of an option, falling back to its slug. */
export function optionName(model: CatalogModel, group: FilterGroup, slug: string): string {
  const index = model.groups[group].optionBySlug.get(slug)
  return index === undefined ? slug : (model.groups[group].options[index]?.name ?? slug)
}
