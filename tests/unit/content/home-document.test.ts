import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { homeDocument } from '../../../src/content/compile/home-document.ts'
import type { CatalogIndex, HomeDocument } from '../../../src/content/documents.ts'
import { seededCatalog } from '../../support/seeded-catalog.ts'

describe('the home document', () => {
  it("gives the site and each show, in the facets' order, with its newest episode and names", async () => {
    const result = await compileCatalog({
      dir: 'tests/fixtures/catalogs/prerendered',
      includeScheduled: false,
      threads: 1,
    })
    const catalog = JSON.parse(result.documents.get('episodes.json') ?? '') as CatalogIndex
    const home = JSON.parse(result.documents.get('home.json') ?? '') as HomeDocument
    expect(home.site).toEqual(catalog.site)
    expect(home.shows.map((show) => show.slug)).toEqual(catalog.facets.shows.map((s) => s.slug))
    expect(home.shows.length).toBeGreaterThan(0)
    for (const show of home.shows) {
      const newest = catalog.episodes.find((episode) => episode.show === show.slug)
      expect(show.newest?.slug).toBe(newest?.slug)
      expect(show.newest?.names.show).toBe(show.name)
      expect(show.newest?.names.guests).toEqual(
        newest?.guests.map((slug) => catalog.facets.guests.find((g) => g.slug === slug)?.name),
      )
    }
  })

  it('does not grow with the catalog', () => {
    const size = (episodes: number) =>
      JSON.stringify(homeDocument(seededCatalog(episodes, 5))).length
    expect(size(3_000)).toBeLessThan(size(300) * 1.5)
  })
})
