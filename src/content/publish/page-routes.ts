import { pageCount } from '../../features/catalog/static-index/browse-page.ts'
import type {
  BrowseCard,
  CatalogIndex,
  EpisodeDocument,
  HomeDocument,
  TranscriptDocument,
} from '../documents.ts'

/** A page the build prerenders. `path` is the app's route, without the base path. */
export type PageRoute =
  | { kind: 'home'; path: '/' }
  /** `/page/<n>`: the newest-first list's page n (from 2), real links for readers without JavaScript. */
  | { kind: 'list-page'; page: number; path: string }
  | { kind: 'episode' | 'person' | 'technology' | 'show'; slug: string; path: string }
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
  /** A guest's, technology's or show's episode count and its newest cards, by ordinal. */
  collection: (
    group: 'guests' | 'technologies' | 'shows',
    slug: string,
    size: number,
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

/** Every page of the catalog: home and the list's further pages, each published episode, person, technology and show, 404. */
export function pageRoutes(catalog: CatalogIndex): PageRoute[] {
  const { episodes, facets } = catalog
  const people = unique([
    ...facets.guests.map((guest) => guest.slug),
    ...facets.shows.flatMap((show) => show.hosts.map((host) => host.slug)),
  ])
  const collection = (kind: 'person' | 'technology' | 'show', folder: string, slugs: string[]) =>
    slugs.map((slug) => ({ kind, slug, path: `/${folder}/${slug}` }))
  return [
    { kind: 'home', path: '/' },
    ...Array.from({ length: pageCount(episodes.length) - 1 }, (_, i) => ({
      kind: 'list-page' as const,
      page: i + 2,
      path: `/page/${i + 2}`,
    })),
    ...episodes.map((episode) => ({
      kind: 'episode' as const,
      slug: episode.slug,
      path: `/episodes/${episode.slug}`,
    })),
    ...collection('person', 'people', people),
    ...collection(
      'technology',
      'technologies',
      facets.technologies.map((entry) => entry.slug),
    ),
    ...collection(
      'show',
      'shows',
      facets.shows.map((entry) => entry.slug),
    ),
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
