import type { QueryKey } from '@tanstack/react-query'
import type { PageRoute, PageSource } from '../../content/publish/page-routes.ts'
import { collectionCatalog } from '../../features/catalog/filters/collection-catalog.ts'
import type { FilterGroup } from '../../features/catalog/filters/filter-state.ts'
import { transcriptKeys } from '../../features/transcript/api/transcript-query.ts'
import { catalogKeys, type EntryKind } from '../../lib/api/catalog-queries.ts'

const groupOf: Record<'person' | 'technology' | 'show', FilterGroup> = {
  person: 'guests',
  technology: 'technologies',
  show: 'shows',
}

const entryKindOf: Record<'person' | 'technology' | 'show', Exclude<EntryKind, 'shows'> | null> = {
  person: 'people',
  technology: 'technologies',
  show: null,
}

/**
 * The documents a page renders from, under the keys its queries use: the whole
 * index only for the home page, one episode's document (and its transcript) for its page, and a
 * collection's part of the index for a person, technology or show.
 */
export function pageQueries(route: PageRoute, source: PageSource): Array<[QueryKey, unknown]> {
  const { catalog } = source
  const site: [QueryKey, unknown] = [catalogKeys.site, catalog.site]
  switch (route.kind) {
    case 'home':
      return [site, [catalogKeys.all, catalog]]
    case 'episode': {
      const episode = source.episode(route.slug)
      const queries: Array<[QueryKey, unknown]> = [site, [catalogKeys.episode(route.slug), episode]]
      // The whole transcript is in the page, for readers without JavaScript and search engines.
      const transcript = episode.transcript && source.transcript(route.slug)
      if (transcript) queries.push([transcriptKeys.document(route.slug), transcript])
      return queries
    }
    case 'not-found':
      return [site]
    default: {
      const group = groupOf[route.kind]
      const collection = collectionCatalog(catalog, group, route.slug)
      const queries: Array<[QueryKey, unknown]> = [
        site,
        [catalogKeys.collection(group, route.slug), collection],
      ]
      // A person's bio and a technology's details come from their own documents.
      const kind = entryKindOf[route.kind]
      const entry = kind && source.entry(kind, route.slug)
      if (kind && entry !== undefined) queries.push([catalogKeys.entry(kind, route.slug), entry])
      return queries
    }
  }
}
