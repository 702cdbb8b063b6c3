import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { CatalogIndex, EpisodeSummary } from '../../../src/content/documents.ts'
import { pageRoutes } from '../../../src/content/publish/page-routes.ts'
import { sitemapFiles } from '../../../src/content/publish/sitemap.ts'
import { NO_PODCAST } from '../../support/no-podcast.ts'
import { seededCatalog } from '../../support/seeded-catalog.ts'

const episode = (slug: string, publishedAt: string, more: Partial<EpisodeSummary> = {}) => ({
  id: slug,
  slug,
  title: slug,
  show: null,
  publishedAt,
  duration: 60,
  guests: [],
  technologies: [],
  category: null,
  episode: null,
  season: null,
  episodeType: null,
  chapterCount: 0,
  excerpt: '',
  ...more,
})

const catalog = (baseUrl: string | null): CatalogIndex => ({
  site: { title: 'T', description: '', language: 'en', baseUrl },
  episodes: [
    episode('newer', '2025-02-01T00:00:00.000Z', { show: 'alpha', technologies: ['rust'] }),
    episode('older', '2024-01-01T00:00:00.000Z', { guests: ['jane'], technologies: ['rust'] }),
  ],
  facets: {
    guests: [{ slug: 'jane', name: 'Jane', count: 1, website: null, github: null, avatar: null }],
    technologies: [{ slug: 'rust', name: 'Rust', count: 2, icon: null }],
    shows: [
      {
        slug: 'alpha',
        name: 'Alpha',
        count: 1,
        description: null,
        artwork: null,
        hosts: [{ slug: 'sam', name: 'Sam', website: null, github: null, avatar: null }],
        podcast: NO_PODCAST,
        subscribeLinks: [],
      },
    ],
    categories: [],
  },
})

const xml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document

const entries = (document: Document, tag: string) =>
  [...document.getElementsByTagName(tag)].map((entry) => [
    entry.getElementsByTagName('loc')[0]?.textContent ?? '',
    entry.getElementsByTagName('lastmod')[0]?.textContent,
  ])

/** Reads sitemap.xml as a sitemap index and every sitemap file it names, in order. */
async function sitemapOf(baseUrl: string, robots: string | null = null, perFile?: number) {
  const index = catalog(baseUrl)
  const files = await sitemapFiles(index, pageRoutes(index), robots, perFile)
  const file = (path: string) => files.find((entry) => entry.path === path)?.content ?? ''
  const document = xml(file('sitemap.xml'))
  const sitemaps = entries(document, 'sitemap')
  const parts = sitemaps.map(([loc]) =>
    xml(file(new URL(loc ?? '').pathname.replace(/^.*?(sitemaps\/)/, '$1'))),
  )
  const urls = parts.flatMap((part) => entries(part, 'url'))
  return { urls, sitemaps, robots: file('robots.txt'), document, parts, files }
}

describe('sitemap.xml and robots.txt', () => {
  it('list every page but the not-found page, dated by its newest episode', async () => {
    const { urls, robots } = await sitemapOf('https://example.com/podcast')
    const root = 'https://example.com/podcast'
    expect(urls).toEqual([
      [`${root}/`, '2025-02-01T00:00:00.000Z'],
      [`${root}/episodes/newer`, '2025-02-01T00:00:00.000Z'],
      [`${root}/episodes/older`, '2024-01-01T00:00:00.000Z'],
      [`${root}/people/jane`, '2024-01-01T00:00:00.000Z'],
      [`${root}/people/sam`, '2025-02-01T00:00:00.000Z'],
      [`${root}/technologies/rust`, '2025-02-01T00:00:00.000Z'],
      [`${root}/shows/alpha`, '2025-02-01T00:00:00.000Z'],
    ])
    expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${root}/sitemap.xml\n`)
  })

  it('escape what XML needs escaped and keep a site robots.txt', async () => {
    const { urls, robots, document } = await sitemapOf(
      'https://example.com/a&b/',
      'User-agent: *\nDisallow: /data/\n',
    )
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(urls[0]?.[0]).toBe('https://example.com/a&b/')
    expect(robots).toBe(
      'User-agent: *\nDisallow: /data/\n\nSitemap: https://example.com/a&b/sitemap.xml\n',
    )
    const own = await sitemapOf('https://example.com/', 'Sitemap: https://cdn.example.com/s.xml\n')
    expect(own.robots).toBe('Sitemap: https://cdn.example.com/s.xml\n')
  })

  it('split the addresses into files of at most the given number, named by an index', async () => {
    const { urls, sitemaps, parts } = await sitemapOf('https://example.com/', null, 3)
    expect(urls.map(([loc]) => loc)).toHaveLength(7)
    expect(sitemaps).toEqual([
      ['https://example.com/sitemaps/1.xml', '2025-02-01T00:00:00.000Z'],
      ['https://example.com/sitemaps/2.xml', '2025-02-01T00:00:00.000Z'],
      ['https://example.com/sitemaps/3.xml', '2025-02-01T00:00:00.000Z'],
    ])
    expect(parts.map((part) => part.getElementsByTagName('url').length)).toEqual([3, 3, 1])
    expect(parts.every((part) => part.getElementsByTagName('parsererror').length === 0)).toBe(true)
  })

  it("leave out every list's pages 2 and on, the home's and those of people, technologies and shows", async () => {
    const seeded = seededCatalog(300, 3)
    const index = { ...seeded, site: { ...seeded.site, baseUrl: 'https://example.com/' } }
    const routes = pageRoutes(index)
    const further = routes.filter(
      (route) => route.kind === 'list-page' || route.kind === 'collection-list-page',
    )
    expect(further.some((route) => route.kind === 'collection-list-page')).toBe(true)
    const files = await sitemapFiles(index, routes, null)
    const urls = files
      .filter((file) => file.path.startsWith('sitemaps/'))
      .flatMap((file) => entries(xml(file.content), 'url').map(([loc]) => loc))
    expect(urls).toHaveLength(routes.length - further.length - 1)
    expect(urls.filter((url) => url?.includes('/page/'))).toEqual([])
    expect(urls).toContain('https://example.com/technologies/tech-0')
  })

  it('date every page by the newest episode it lists, on a seeded catalog with hosts', async () => {
    const seeded = seededCatalog(600, 7)
    // Guests who also host a show: their page lists that show's episodes too.
    const shows = seeded.facets.shows.map((show, i) => ({
      ...show,
      hosts: [0, 1].map((n) => ({
        ...seeded.facets.guests[i * 2 + n],
        slug: `guest-${i * 2 + n}`,
      })),
    })) as CatalogIndex['facets']['shows']
    const index: CatalogIndex = {
      ...seeded,
      site: { ...seeded.site, baseUrl: 'https://example.com/' },
      facets: { ...seeded.facets, shows },
    }
    const hosted = (person: string) =>
      new Set(
        shows.filter((show) => show.hosts.some((host) => host.slug === person)).map((s) => s.slug),
      )
    // The definition, page by page: the first (newest) episode the page lists.
    const lists: Record<string, (slug: string) => (episode: EpisodeSummary) => boolean> = {
      episodes: (slug) => (episode) => episode.slug === slug,
      technologies: (slug) => (episode) => episode.technologies.includes(slug),
      shows: (slug) => (episode) => episode.show === slug,
      people: (slug) => {
        const own = hosted(slug)
        return (episode) =>
          episode.guests.includes(slug) || (episode.show !== null && own.has(episode.show))
      },
    }
    const expected = (loc: string) => {
      const [, folder, slug] = new URL(loc).pathname.split('/')
      if (!folder) return index.episodes[0]?.publishedAt
      const on = lists[folder ?? '']?.(slug ?? '')
      return on && index.episodes.find(on)?.publishedAt
    }
    const files = await sitemapFiles(index, pageRoutes(index), null)
    const urls = files
      .filter((file) => file.path.startsWith('sitemaps/'))
      .flatMap((file) => entries(xml(file.content), 'url'))
    expect(urls.length).toBeGreaterThan(600)
    expect(urls.filter(([loc]) => loc?.includes('/people/')).length).toBeGreaterThan(100)
    for (const [loc, lastmod] of urls) expect([loc, lastmod]).toEqual([loc, expected(loc ?? '')])
  })

  it('are not written without a baseUrl: a sitemap needs absolute addresses', async () => {
    const index = catalog(null)
    expect(await sitemapFiles(index, pageRoutes(index), null)).toEqual([])
  })
})
