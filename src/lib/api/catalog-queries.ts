import { queryOptions } from '@tanstack/react-query'
import type {
  EpisodeDocument,
  HomeDocument,
  PersonDocument,
  ShowDocument,
  SiteInfo,
  TechnologyDocument,
} from '../../content/documents.ts'
import { buildOf, entryPartOf } from '../static-index/part-builds.ts'
import { fetchJson, NotFoundError } from './fetch-json.ts'
import { fetchBuildPart, fetchPart } from './fetch-part.ts'

/** Keys go from general to specific; invalidating `catalogKeys.all` refreshes every document. */
export const catalogKeys = {
  all: ['episodes'] as const,
  episode: (slug: string) => ['episodes', slug] as const,
  entry: (kind: EntryKind, slug: string) => ['episodes', 'entries', kind, slug] as const,
  // `:` never appears in a slug, so these keys cannot meet an episode's.
  site: ['episodes', ':site'] as const,
  home: ['episodes', ':home'] as const,
  collection: (group: string, slug: string) => ['episodes', ':collection', group, slug] as const,
  /** Page n of a guest's, technology's or show's episodes, `/<folder>/<slug>/page/<n>`. */
  collectionPage: (group: string, slug: string, page: number) =>
    ['episodes', ':collection-page', group, slug, page] as const,
  /** A part of the static browse or search index, by its path under the site's root. */
  indexPart: (path: string) => ['episodes', ':index-part', path] as const,
  browseReader: ['episodes', ':browse', 'reader'] as const,
  /** A page of the unfiltered list, `/page/<n>/`. */
  listPage: (page: number) => ['episodes', ':browse', 'page', page] as const,
  /** `selection` is the serialized filters, without the search. */
  browseResults: (selection: string, query: string) =>
    ['episodes', ':browse', 'results', selection, query] as const,
  /** The option counts beside `browseResults` for the same filters and search. */
  browseCounts: (selection: string, query: string) =>
    ['episodes', ':browse', 'counts', selection, query] as const,
  searchEngine: ['episodes', ':static-search', 'engine'] as const,
  searchHits: (query: string) => ['episodes', ':static-search', 'hits', query] as const,
}

export interface EntryDocuments {
  people: PersonDocument
  technologies: TechnologyDocument
  shows: ShowDocument
}
export type EntryKind = keyof EntryDocuments

// Content is immutable per build; only a dev-server HMR event invalidates it.
const shared = {
  staleTime: Number.POSITIVE_INFINITY,
  retry: (failures: number, error: Error) => !(error instanceof NotFoundError) && failures < 2,
}

export const episodeQueryOptions = (slug: string) =>
  queryOptions({
    ...shared,
    queryKey: catalogKeys.episode(slug),
    queryFn: ({ signal }) =>
      fetchJson<EpisodeDocument>(`episodes/${encodeURIComponent(slug)}.json`, signal),
  })

/** A person's, technology's or show's own document: what its page shows beyond the index. */
export const entryQueryOptions = <K extends EntryKind>(kind: K, slug: string) =>
  queryOptions({
    ...shared,
    queryKey: catalogKeys.entry(kind, slug),
    queryFn: ({ signal }) =>
      fetchJson<EntryDocuments[K]>(`${kind}/${encodeURIComponent(slug)}.json`, signal),
  })

/** The site and its shows with their newest episodes: the home page's introduction, at any catalog size. */
export const homeQueryOptions = () =>
  queryOptions({
    ...shared,
    queryKey: catalogKeys.home,
    queryFn: ({ signal }) => fetchJson<HomeDocument>('home.json', signal),
  })

/** The site's title and address: taken from the home document, or embedded alone in a prerendered page. */
export const siteQueryOptions = () =>
  queryOptions({
    ...shared,
    queryKey: catalogKeys.site,
    queryFn: async ({ client }): Promise<SiteInfo> =>
      (await client.fetchQuery(homeQueryOptions())).site,
  })

/**
 * One part of a static index: its text (`.json`) or bytes, fetched once per build.
 * Keyed by the part's plain path; fetched from the folder of the build that the
 * index's entry part names (see part-builds.ts).
 */
export const indexPartQueryOptions = (path: string) =>
  queryOptions({
    ...shared,
    queryKey: catalogKeys.indexPart(path),
    queryFn: async ({ client }) => {
      const entry = entryPartOf(path)
      if (entry === null) return fetchPart(path)
      const entryPart = await client.fetchQuery(indexPartQueryOptions(entry))
      const build = buildOf(
        typeof entryPart === 'string' ? entryPart : new TextDecoder().decode(entryPart),
      )
      return build === null ? fetchPart(path) : fetchBuildPart(path, build, entry)
    },
  })
