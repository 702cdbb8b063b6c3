import { Readable } from 'node:stream'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import type { PublishedFile } from '../compile/published-file.ts'
import type { CatalogIndex } from '../documents.ts'
import type { PageRoute } from './page-routes.ts'

type DatedKind = 'episode' | 'person' | 'technology' | 'show'

/**
 * The date of the newest episode each page lists, for every page at once: one pass
 * over the catalog (newest first), so that each key keeps the first date it meets.
 * Looking each page up on its own went over the catalog once a page: 100,000
 * episodes took minutes.
 */
function newestDates(catalog: CatalogIndex): (route: PageRoute) => string | null {
  const dates: Record<DatedKind, Map<string, string>> = {
    episode: new Map(),
    person: new Map(),
    technology: new Map(),
    show: new Map(),
  }
  const note = (kind: DatedKind, slug: string, date: string) => {
    if (!dates[kind].has(slug)) dates[kind].set(slug, date)
  }
  // A person's page lists their episodes as guest and those of the shows they host.
  const hostsOf = new Map(
    catalog.facets.shows.map((show) => [show.slug, show.hosts.map((host) => host.slug)]),
  )
  for (const episode of catalog.episodes) {
    const date = episode.publishedAt
    note('episode', episode.slug, date)
    for (const slug of episode.technologies) note('technology', slug, date)
    for (const slug of episode.guests) note('person', slug, date)
    if (episode.show !== null) {
      note('show', episode.show, date)
      for (const slug of hostsOf.get(episode.show) ?? []) note('person', slug, date)
    }
  }
  const newest = catalog.episodes[0]?.publishedAt ?? null
  return (route) => {
    switch (route.kind) {
      case 'home':
        return newest
      case 'episode':
      case 'person':
      case 'technology':
      case 'show':
        return dates[route.kind].get(route.slug) ?? null
      default:
        return null
    }
  }
}

/** Search engines take at most 50,000 addresses a file; this leaves room. */
export const SITEMAP_URLS_PER_FILE = 45_000

const sitemapPath = (number: number) => `sitemaps/${number}.xml`

async function toXml(
  stream: SitemapStream | SitemapIndexStream,
  items: unknown[],
): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8')
}

/**
 * `sitemap.xml`, a sitemap index over `sitemaps/<n>.xml` files of at most
 * SITEMAP_URLS_PER_FILE addresses, with every prerendered page (not the
 * not-found page nor any list's pages 2 and on), each dated by the newest episode it shows; and `robots.txt`
 * pointing at the index: the site's own robots.txt when it has one, with a
 * `Sitemap:` line added. Needs the site's `baseUrl`.
 */
export async function sitemapFiles(
  catalog: CatalogIndex,
  routes: readonly PageRoute[],
  robots: string | null,
  perFile = SITEMAP_URLS_PER_FILE,
): Promise<PublishedFile[]> {
  const { baseUrl } = catalog.site
  if (!baseUrl) return []
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const dateOf = newestDates(catalog)
  const links = routes
    // The lists' further pages hold nothing the episode pages do not: search engines find those.
    .filter(
      (route) =>
        route.kind !== 'not-found' &&
        route.kind !== 'list-page' &&
        route.kind !== 'collection-list-page',
    )
    .map((route) => {
      const lastmod = dateOf(route)
      return { url: new URL(route.path.slice(1), root).href, ...(lastmod && { lastmod }) }
    })
  const files: PublishedFile[] = []
  const index: Array<{ url: string; lastmod?: string }> = []
  for (
    let start = 0, number = 1;
    start < links.length || number === 1;
    start += perFile, number++
  ) {
    const chunk = links.slice(start, start + perFile)
    const stream = new SitemapStream({
      xmlns: { news: false, xhtml: false, image: false, video: false },
    })
    files.push({ path: sitemapPath(number), content: await toXml(stream, chunk) })
    const newest = chunk.reduce<string | undefined>(
      (latest, link) =>
        link.lastmod && (!latest || link.lastmod > latest) ? link.lastmod : latest,
      undefined,
    )
    index.push({ url: new URL(sitemapPath(number), root).href, ...(newest && { lastmod: newest }) })
  }
  files.unshift({ path: 'sitemap.xml', content: await toXml(new SitemapIndexStream(), index) })
  const sitemapUrl = new URL('sitemap.xml', root).href
  const ownRobots = robots ?? 'User-agent: *\nAllow: /\n'
  const robotsTxt = /^sitemap:/im.test(ownRobots)
    ? ownRobots
    : `${ownRobots.replace(/\n*$/, '\n')}\nSitemap: ${sitemapUrl}\n`
  return [...files, { path: 'robots.txt', content: robotsTxt }]
}
