/** The four facet groups, in the order the filter panel shows them. */
export const filterGroups = ['guests', 'technologies', 'shows', 'categories'] as const
export type FilterGroup = (typeof filterGroups)[number]

export type FilterSelection = Record<FilterGroup, readonly string[]>

export interface FilterState extends FilterSelection {
  q: string
}

/** URL parameter of each group: singular, repeated once per choice. */
export const groupParams: Record<FilterGroup, string> = {
  guests: 'guest',
  technologies: 'technology',
  shows: 'show',
  categories: 'category',
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_QUERY_LENGTH = 200

export const emptyFilters: FilterState = {
  guests: [],
  technologies: [],
  shows: [],
  categories: [],
  q: '',
}

/**
 * Reads the filter state from a query string (with or without `?`). Unknown
 * parameters and values that are not slugs are ignored; repeats are dropped.
 */
export function parseFilters(search: string): FilterState {
  const params = new URLSearchParams(search)
  const state: FilterState = { ...emptyFilters }
  for (const group of filterGroups) {
    const values = params.getAll(groupParams[group]).filter((value) => SLUG.test(value))
    state[group] = [...new Set(values)]
  }
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH)
  return state
}

/** The query string for a state, without `?`; empty groups and an empty query are left out. */
export function serializeFilters(state: FilterState): string {
  const params = new URLSearchParams()
  for (const group of filterGroups) {
    for (const slug of state[group]) params.append(groupParams[group], slug)
  }
  const q = state.q.trim()
  if (q) params.set('q', q)
  return params.toString()
}

/** Adds the option when absent, removes it when present. */
export function toggleFilter(state: FilterState, group: FilterGroup, slug: string): FilterState {
  const current = state[group]
  const next = current.includes(slug)
    ? current.filter((value) => value !== slug)
    : [...current, slug]
  return { ...state, [group]: next }
}

export function hasActiveFilters(state: FilterState): boolean {
  return state.q.trim() !== '' || filterGroups.some((group) => state[group].length > 0)
}
