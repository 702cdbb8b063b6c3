import { pageCount, pagePath } from '../../features/catalog/static-index/browse-page.ts'
import type {
  BrowseCard,
  CatalogIndex,
  EpisodeDocument,
  HomeDocument,
  TranscriptDocument,
} from '../documents.ts'

/** The pages that list a guest's, technology's or show's episodes. */
export type CollectionKind = 'person' | 'technology' | 'show'

/** A page the build prerenders. `path` is the app's route, without the base path. */
export type PageRoute =
  | { kind: 'home'; path: '/' }
  /** `/page/<n>`: the newest-first list's page n (from 2), real links for readers without JavaScript. */
  | { kind: 'list-page'; page: number; path: string }
  | { kind: 'episode' | CollectionKind; slug: string; path: string }
  /** `/<folder>/<slug>/page/<n>`: page n (from 2) of a person's, technology's or show's episodes, as `list-page`. */
  | {
      kind: 'collection-list-page'
      collection: CollectionKind
      slug: string
      page: number
      path: string
    }
  | { kind: 'not-found'; path: '/404.html' }

/** The documents a page is rendered from. */
export interface PageSource {
  catalog: CatalogIndex
  episode: (slug: string) => EpisodeDocument
  /** `home.json`: the site and its shows with their newest episodes. */
  home: HomeDocument
  /** A person's, technology's or show's own document (`people/<slug>.json`…), when the build wrote one. */
  entry: (kind: 'people' | 'technologies' | 'shows', slug: string) => unknown
  /** A part of the static index a page carries (the browse meta and first card parts), as text. */
  indexPart: (path: string) => string | undefined
  /** A guest's, technology's or show's episode count and its cards on page `page`, `size` a page, by ordinal. */
  collection: (
    group: 'guests' | 'technologies' | 'shows',
    slug: string,
    size: number,
    page: number,
  ) => { total: number; items: Array<{ ordinal: number; episode: BrowseCard }> }
  /** An episode's transcript document (`transcripts/<slug>.json`), when the build wrote one. */
  transcript: (slug: string) => TranscriptDocument | undefined
}

/** A page rendered by React: head tags, the app's HTML, the embedded data script. */
export interface RenderedPage {
  head: string
  body: string
  data: string
}

/** What the server bundle (src/app/server/render-page.tsx) exports. */
export interface PageRenderer {
  renderPage(route: PageRoute, source: PageSource): RenderedPage
}

const unique = (slugs: string[]) => [...new Set(slugs)]

/** The page numbers after the first of a list of `episodes`. */
const furtherPages = (episodes: number) =>
  Array.from({ length: pageCount(episodes) - 1 }, (_, i) => i + 2)

/**
 * Every page of the catalog: home and the list's further pages, each published
 * episode, each person, technology and show with its list's further pages, 404.
 */
export function pageRoutes(catalog: CatalogIndex): PageRoute[] {
  const { episodes, facets } = catalog
  const people = unique([
    ...facets.guests.map((guest) => guest.slug),
    ...facets.shows.flatMap((show) => show.hosts.map((host) => host.slug)),
  ])
  // A person's page lists their episodes as guest: a host who never was one has none.
  const asGuest = new Map(facets.guests.map((guest) => [guest.slug, guest.count]))
  const collection = (
    kind: CollectionKind,
    folder: string,
    entries: ReadonlyArray<{ slug: string; count: number }>,
  ) =>
    entries.flatMap(({ slug, count }): PageRoute[] => {
      const path = `/${folder}/${slug}`
      return [
        { kind, slug, path },
        ...furtherPages(count).map((page) => ({
          kind: 'collection-list-page' as const,
          collection: kind,
          slug,
          page,
          path: pagePath(path, page),
        })),
      ]
    })
  return [
    { kind: 'home', path: '/' },
    ...furtherPages(episodes.length).map((page) => ({
      kind: 'list-page' as const,
      page,
      path: pagePath('/', page),
    })),
    ...episodes.map((episode) => ({
      kind: 'episode' as const,
      slug: episode.slug,
      path: `/episodes/${episode.slug}`,
    })),
    ...collection(
      'person',
      'people',
      people.map((slug) => ({ slug, count: asGuest.get(slug) ?? 0 })),
    ),
    ...collection('technology', 'technologies', facets.technologies),
    ...collection('show', 'shows', facets.shows),
    { kind: 'not-found', path: '/404.html' },
  ]
}

/**
 * The file that serves a route: `/episodes/<slug>` is `episodes/<slug>/index.html`,
 * which every static host serves for that address without any rewrite rule.
 */
export function fileOf(route: PageRoute): string {
  if (route.kind === 'home') return 'index.html'
  if (route.kind === 'not-found') return '404.html'
  return `${route.path.slice(1)}/index.html`
}
