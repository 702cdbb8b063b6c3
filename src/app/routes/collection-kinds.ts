import type { FilterGroup } from '../../features/catalog/filters/filter-state.ts'
import { pluralEpisodes } from '../../features/catalog/format.ts'
import type { EntryKind } from '../../lib/api/catalog-queries.ts'

/** What the pages of a person's, technology's or show's episodes say, for the first page and the further ones alike. */
interface CollectionWords {
  /** The filter group whose option lists its episodes: a person's are those as guest. */
  group: Exclude<FilterGroup, 'categories'>
  /** Above its name. */
  label: string
  /** The heading, and the name, of its list of episodes. */
  heading: (name: string) => string
  /** Its count line. */
  summary: (total: number) => string
}

/** By the folder of their pages, `/<folder>/<slug>`. */
export const collectionKinds: Record<EntryKind, CollectionWords> = {
  people: {
    group: 'guests',
    label: 'Person',
    heading: () => 'Episodes as guest',
    summary: (total) => `${pluralEpisodes(total)} as guest`,
  },
  technologies: {
    group: 'technologies',
    label: 'Technology',
    heading: (name) => `Episodes about ${name}`,
    summary: pluralEpisodes,
  },
  shows: {
    group: 'shows',
    label: 'Show',
    heading: () => 'Episodes',
    summary: pluralEpisodes,
  },
}

/** Where a person's, technology's or show's page is: its list's first page. */
export const collectionPath = (kind: EntryKind, slug: string): string => `/${kind}/${slug}`
