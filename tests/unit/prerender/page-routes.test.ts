import { describe, expect, it } from 'vitest'
import type { CatalogIndex } from '../../../src/content/documents.ts'
import { fileOf, pageRoutes } from '../../../src/content/publish/page-routes.ts'
import { seededCatalog } from '../../support/seeded-catalog.ts'

describe('the pages the build prerenders', () => {
  it("gives the newest-first list's pages 2 and on their own address, 24 episodes a page", () => {
    const lists = (size: number) =>
      pageRoutes(seededCatalog(size, 3)).filter((route) => route.kind === 'list-page')
    expect(lists(24)).toEqual([])
    expect(lists(25).map((route) => route.path)).toEqual(['/page/2'])
    const pages = lists(100)
    expect(pages.map((route) => route.path)).toEqual(['/page/2', '/page/3', '/page/4', '/page/5'])
    expect(pages.map(fileOf)).toContain('page/5/index.html')
  })

  it("gives the pages 2 and on of every person's, technology's and show's episodes their own address", () => {
    const catalog = seededCatalog(300, 3)
    // Counted from the episodes, not from the facets the routes read.
    const counts = new Map<string, number>()
    const count = (path: string) => counts.set(path, (counts.get(path) ?? 0) + 1)
    for (const episode of catalog.episodes) {
      for (const slug of episode.guests) count(`/people/${slug}`)
      for (const slug of episode.technologies) count(`/technologies/${slug}`)
      if (episode.show) count(`/shows/${episode.show}`)
    }
    const expected = [...counts].flatMap(([first, episodes]) =>
      Array.from({ length: Math.ceil(episodes / 24) - 1 }, (_, i) => `${first}/page/${i + 2}`),
    )
    const routes = pageRoutes(catalog).filter((route) => route.kind === 'collection-list-page')
    expect(routes.map((route) => route.path).sort()).toEqual(expected.sort())
    // Every kind has some: technology 0 and the main show are on most episodes.
    expect(new Set(routes.map((route) => route.collection))).toEqual(
      new Set(['person', 'technology', 'show']),
    )
    const tech0 = counts.get('/technologies/tech-0') ?? 0
    const last = Math.ceil(tech0 / 24)
    expect(routes).toContainEqual({
      kind: 'collection-list-page',
      collection: 'technology',
      slug: 'tech-0',
      page: last,
      path: `/technologies/tech-0/page/${last}`,
    })
    expect(
      fileOf({
        kind: 'collection-list-page',
        collection: 'technology',
        slug: 'tech-0',
        page: 2,
        path: '/technologies/tech-0/page/2',
      }),
    ).toBe('technologies/tech-0/page/2/index.html')
  })

  it('gives a host who was never a guest a page, but no further ones: it lists episodes as guest', () => {
    const seeded = seededCatalog(300, 3)
    const catalog: CatalogIndex = {
      ...seeded,
      facets: {
        ...seeded.facets,
        shows: seeded.facets.shows.map((show) => ({
          ...show,
          hosts: [{ slug: 'hostess', name: 'Hostess', website: null, github: null, avatar: null }],
        })),
      },
    }
    const paths = pageRoutes(catalog).map((route) => route.path)
    expect(paths).toContain('/people/hostess')
    expect(paths.filter((path) => path.startsWith('/people/hostess/'))).toEqual([])
  })
})
