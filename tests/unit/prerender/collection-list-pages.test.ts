import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { renderPage } from '../../../src/app/server/render-page.tsx'
import type { CatalogIndex } from '../../../src/content/documents.ts'
import { type PageRoute, pageRoutes } from '../../../src/content/publish/page-routes.ts'
import { seededCatalog } from '../../support/seeded-catalog.ts'
import { seededPageSource } from '../../support/seeded-page-source.ts'

const seeded = seededCatalog(300, 3)
const catalog: CatalogIndex = {
  ...seeded,
  site: { ...seeded.site, baseUrl: 'https://podcast.example.com/' },
}
const source = seededPageSource(catalog)
const routes = pageRoutes(catalog)

/** One page as the build renders it: its head and body, parsed, and the data it carries. */
function rendered(route: PageRoute) {
  const page = renderPage(route, source)
  const { document } = new JSDOM(`<head>${page.head}</head><body>${page.body}${page.data}</body>`)
    .window
  const data = JSON.parse(document.getElementById('page-data')?.textContent ?? '') as {
    queries: Array<[unknown[], unknown]>
  }
  return { document, queries: data.queries }
}

const routeAt = (path: string) => {
  const route = routes.find((candidate) => candidate.path === path)
  if (!route) throw new Error(`No page at ${path}`)
  return route
}

const cardTitles = (list: Element | null | undefined) =>
  [...(list?.querySelectorAll('h3') ?? [])].map((heading) => heading.textContent)

const pager = (document: Document) => {
  const nav = document.querySelector('nav[aria-label="Pages"]')
  const link = (name: string) =>
    [...(nav?.querySelectorAll('a') ?? [])]
      .find((a) => a.textContent === name)
      ?.getAttribute('href') ?? null
  return {
    text: nav?.textContent ?? null,
    newer: link('Newer episodes'),
    older: link('Older episodes'),
  }
}

// Technology 0 is on most of the seeded episodes: several pages of them.
const tech0 = catalog.episodes.filter((episode) => episode.technologies.includes('tech-0'))
const tech0Pages = Math.ceil(tech0.length / 24)

describe("a technology's further pages", () => {
  it('list its episodes 24 at a time, in its order, under its name linked to its page', () => {
    expect(tech0Pages).toBeGreaterThan(3)
    for (const page of [2, 3, tech0Pages]) {
      const { document } = rendered(routeAt(`/technologies/tech-0/page/${page}`))
      const name = document.querySelector('h1 a')
      expect(name?.textContent).toBe('TECH-0')
      expect(name?.getAttribute('href')).toBe('/technologies/tech-0')
      const list = document.querySelector(
        `ul[aria-label="Episodes about TECH-0, page ${page} of ${tech0Pages}"]`,
      )
      expect(cardTitles(list)).toEqual(
        tech0.slice((page - 1) * 24, page * 24).map((episode) => episode.title),
      )
    }
  })

  it('link to the pages beside them, the first being the technology page itself', () => {
    const second = pager(rendered(routeAt('/technologies/tech-0/page/2')).document)
    expect(second.text).toContain(`Page 2 of ${tech0Pages}`)
    expect(second.newer).toBe('/technologies/tech-0')
    expect(second.older).toBe('/technologies/tech-0/page/3')
    const last = pager(rendered(routeAt(`/technologies/tech-0/page/${tech0Pages}`)).document)
    expect(last.newer).toBe(`/technologies/tech-0/page/${tech0Pages - 1}`)
    expect(last.older).toBeNull()
  })

  it('have their own title and canonical address, like the list pages', () => {
    const { document } = rendered(routeAt('/technologies/tech-0/page/2'))
    expect(document.title).toBe('TECH-0, page 2 · Seeded')
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://podcast.example.com/technologies/tech-0/page/2',
    )
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Episodes about TECH-0 on Seeded, newest first: page 2.',
    )
  })

  it('carry their own 24 episodes for the app to take over from, not the first page', () => {
    const { queries } = rendered(routeAt('/technologies/tech-0/page/2'))
    const keys = queries.map(([key]) => key.join('/'))
    expect(keys).toContain('episodes/entries/technologies/tech-0')
    expect(keys).not.toContain('episodes/:collection/technologies/tech-0')
    const [, data] =
      queries.find(
        ([key]) => key.join('/') === 'episodes/:collection-page/technologies/tech-0/2',
      ) ?? []
    const page = data as { total: number; items: Array<{ ordinal: number }> }
    expect(page.total).toBe(tech0.length)
    expect(page.items.map((item) => catalog.episodes[item.ordinal]?.slug)).toEqual(
      tech0.slice(24, 48).map((episode) => episode.slug),
    )
  })

  it('show the not-found page past the last', () => {
    const past = tech0Pages + 1
    const { document } = rendered({
      kind: 'collection-list-page',
      collection: 'technology',
      slug: 'tech-0',
      page: past,
      path: `/technologies/tech-0/page/${past}`,
    })
    expect(document.querySelector('h1')?.textContent).toBe('Page not found')
    expect(document.querySelector('ul[aria-label^="Episodes about"]')).toBeNull()
  })
})

describe("a person's and a show's pages", () => {
  // Facets list the most used first.
  const guest = catalog.facets.guests[0]
  const asGuest = catalog.episodes.filter((episode) => episode.guests.includes(guest?.slug ?? ''))

  it("show, under a person's first 24 episodes, the links to the next pages", () => {
    expect(asGuest.length).toBeGreaterThan(24)
    const { document } = rendered(routeAt(`/people/${guest?.slug}`))
    const links = pager(document)
    expect(links.text).toContain(`Page 1 of ${Math.ceil(asGuest.length / 24)}`)
    expect(links.newer).toBeNull()
    expect(links.older).toBe(`/people/${guest?.slug}/page/2`)
    expect(cardTitles(document.querySelector('ul[aria-label="Episodes as guest"]'))).toEqual(
      asGuest.slice(0, 24).map((episode) => episode.title),
    )
  })

  it('show no pager when every episode fits on the first page', () => {
    const few = catalog.facets.guests.find((entry) => entry.count <= 24)
    expect(few).toBeDefined()
    const { document } = rendered(routeAt(`/people/${few?.slug}`))
    expect(document.querySelector('nav[aria-label="Pages"]')).toBeNull()
  })

  it("give a show's page 2 its name, accent and episodes", () => {
    const show = catalog.facets.shows[0]
    const episodes = catalog.episodes.filter((episode) => episode.show === show?.slug)
    expect(episodes.length).toBeGreaterThan(24)
    const { document } = rendered(routeAt(`/shows/${show?.slug}/page/2`))
    expect(document.title).toBe(`${show?.name}, page 2 · Seeded`)
    expect(document.querySelector('h1 a')?.getAttribute('href')).toBe(`/shows/${show?.slug}`)
    expect(document.querySelector(`[data-accent="${show?.slug}"] h1`)).not.toBeNull()
    const list = document.querySelector('ul[aria-label^="Episodes, page 2 of"]')
    expect(cardTitles(list)).toEqual(episodes.slice(24, 48).map((episode) => episode.title))
  })
})
