import { describe, expect, it } from 'vitest'
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
})
