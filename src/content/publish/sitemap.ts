import { Readable } from 'node:stream'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import type { PublishedFile } from '../compile/published-file.ts'
import type { CatalogIndex, EpisodeSummary } from '../documents.ts'
import type { PageRoute } from './page-routes.ts'

/** Date of the newest episode a page lists (the catalog is newest first), or null. */
function lastModified(route: PageRoute, catalog: CatalogIndex): string | null {
  const hosted = (slug: string) =>
    new Set(
      catalog.facets.shows
        .filter((show) => show.hosts.some((host) => host.slug === slug))
        .map((show) => show.slug),
    )
  let on: (episode: EpisodeSummary) => boolean
  switch (route.kind) {
    case 'home':
      on = () => true
      break
    case 'episode':
      on = (episode) => episode.slug === route.slug
      break
    case 'technology':
      on = (episode) => episode.technologies.includes(route.slug)
      break
    case 'show':
      on = (episode) => episode.show === route.slug
      break
    case 'person': {
      const shows = hosted(route.slug)
      on = (episode) =>
        episode.guests.includes(route.slug) || (episode.show !== null && shows.has(episode.show))
      break
    }
    default:
      return null
  }
  return catalog.episodes.find(on)?.publishedAt ?? null
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
  const links = routes
    // The lists' further pages hold nothing the episode pages do not: search engines find those.
    .filter(
      (route) =>
        route.kind !== 'not-found' &&
        route.kind !== 'list-page' &&
        route.kind !== 'collection-list-page',
    )
    .map((route) => {
      const lastmod = lastModified(route, catalog)
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
