import type { QueryKey } from '@tanstack/react-query'
import type { CollectionKind, PageRoute, PageSource } from '../../content/publish/page-routes.ts'
import type { FilterGroup } from '../../features/catalog/filters/filter-state.ts'
import {
  BROWSE_PAGE_SIZE,
  type CollectionPage,
  pageCardChunks,
} from '../../features/catalog/static-index/browse-page.ts'
import { transcriptKeys } from '../../features/transcript/api/transcript-query.ts'
import { catalogKeys, type EntryKind } from '../../lib/api/catalog-queries.ts'
import { type BrowseMeta, browsePaths } from '../../lib/browse-index/browse-index-layout.ts'

const groupOf: Record<CollectionKind, Exclude<FilterGroup, 'categories'>> = {
  person: 'guests',
  technology: 'technologies',
  show: 'shows',
}

const entryKindOf: Record<CollectionKind, EntryKind> = {
  person: 'people',
  technology: 'technologies',
  show: 'shows',
}

/** The browse index's parts an unfiltered page of the list is drawn from, as the browser would fetch them. */
function listPageQueries(source: PageSource, page: number): Array<[QueryKey, unknown]> {
  const queries: Array<[QueryKey, unknown]> = []
  const meta = source.indexPart(browsePaths.meta)
  if (meta === undefined) return queries
  queries.push([catalogKeys.indexPart(browsePaths.meta), meta])
  for (const chunk of pageCardChunks(JSON.parse(meta) as BrowseMeta, page)) {
    const part = source.indexPart(browsePaths.cards(chunk))
    if (part !== undefined) queries.push([catalogKeys.indexPart(browsePaths.cards(chunk)), part])
  }
  return queries
}

/** A person's, technology's or show's page `page` of episodes, as the reader answers it. */
function collectionPageOf(
  source: PageSource,
  collection: CollectionKind,
  slug: string,
  page: number,
): CollectionPage {
  const { total, items } = source.collection(groupOf[collection], slug, BROWSE_PAGE_SIZE, page)
  return { total, items: items.map((item) => ({ ...item, moment: null })) }
}

/** A person's, technology's or show's own document, when the build wrote one. */
function entryQueries(
  source: PageSource,
  collection: CollectionKind,
  slug: string,
): Array<[QueryKey, unknown]> {
  const kind = entryKindOf[collection]
  const entry = source.entry(kind, slug)
  return entry === undefined ? [] : [[catalogKeys.entry(kind, slug), entry]]
}

/** A document a page is rendered from but does not carry: the app fetches it from `url`. */
export interface FetchedQuery {
  key: QueryKey
  data: unknown
  url: string
}

/**
 * The whole transcript is in the episode's page as HTML, for readers without
 * JavaScript and search engines; its document, as long again, is not.
 */
export function fetchedPageQueries(route: PageRoute, source: PageSource): FetchedQuery[] {
  if (route.kind !== 'episode') return []
  const ref = source.episode(route.slug).transcript
  const transcript = ref && source.transcript(route.slug)
  return transcript
    ? [{ key: transcriptKeys.document(route.slug), data: transcript, url: ref.document }]
    : []
}

/**
 * The documents a page renders from and carries, under the keys its queries use, never the
 * whole catalog: the home document and the browse index's first parts on the
 * home page; one episode's document on its page; a
 * person's, technology's or show's own document and one page of its episodes
 * on theirs.
 */
export function pageQueries(route: PageRoute, source: PageSource): Array<[QueryKey, unknown]> {
  const site: [QueryKey, unknown] = [catalogKeys.site, source.home.site]
  const home: [QueryKey, unknown] = [catalogKeys.home, source.home]
  switch (route.kind) {
    case 'home':
      return [site, home, ...listPageQueries(source, 1)]
    case 'list-page':
      return [site, home, ...listPageQueries(source, route.page)]
    case 'episode': {
      const episode = source.episode(route.slug)
      return [site, [catalogKeys.episode(route.slug), episode]]
    }
    case 'collection-list-page': {
      const { collection, slug, page } = route
      const data = collectionPageOf(source, collection, slug, page)
      return [
        site,
        home,
        [catalogKeys.collectionPage(groupOf[collection], slug, page), data],
        ...entryQueries(source, collection, slug),
      ]
    }
    case 'not-found':
      return [site]
    default: {
      const first = collectionPageOf(source, route.kind, route.slug, 1)
      return [
        site,
        home,
        [
          catalogKeys.collection(groupOf[route.kind], route.slug),
          { pages: [first], pageParams: [1] },
        ],
        ...entryQueries(source, route.kind, route.slug),
      ]
    }
  }
}
