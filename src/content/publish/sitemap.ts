import { Readable } from 'node:stream'
import { SitemapStream, streamToPromise } from 'sitemap'
import type { CatalogIndex, EpisodeSummary } from '../documents.ts'
import type { PageRoute } from './page-routes.ts'
import type { PublishedFile } from './published-file.ts'

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

/**
 * `sitemap.xml` with every prerendered page (not the not-found page), each with the
 * date of the newest episode it shows, and `robots.txt` pointing at it: the site's own
 * robots.txt when it has one, with a `Sitemap:` line added. Needs the site's `baseUrl`.
 */
export async function sitemapFiles(
  catalog: CatalogIndex,
  routes: readonly PageRoute[],
  robots: string | null,
): Promise<PublishedFile[]> {
  const { baseUrl } = catalog.site
  if (!baseUrl) return []
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const links = routes
    .filter((route) => route.kind !== 'not-found')
    .map((route) => {
      const lastmod = lastModified(route, catalog)
      return { url: new URL(route.path.slice(1), root).href, ...(lastmod && { lastmod }) }
    })
  const stream = new SitemapStream({
    xmlns: { news: false, xhtml: false, image: false, video: false },
  })
  const xml = (await streamToPromise(Readable.from(links).pipe(stream))).toString('utf8')
  const sitemapUrl = new URL('sitemap.xml', root).href
  const ownRobots = robots ?? 'User-agent: *\nAllow: /\n'
  const robotsTxt = /^sitemap:/im.test(ownRobots)
    ? ownRobots
    : `${ownRobots.replace(/\n*$/, '\n')}\nSitemap: ${sitemapUrl}\n`
  return [
    { path: 'sitemap.xml', content: xml },
    { path: 'robots.txt', content: robotsTxt },
  ]
}
