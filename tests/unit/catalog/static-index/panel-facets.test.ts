import { describe, expect, it } from 'vitest'
import { browseIndexFiles } from '../../../../src/content/publish/browse-index/browse-index-files.ts'
import { filterGroups } from '../../../../src/features/catalog/filters/filter-state.ts'
import { metaFacets } from '../../../../src/features/catalog/static-index/panel-facets.ts'
import type { BrowseMeta } from '../../../../src/lib/browse-index/browse-index-layout.ts'
import { seededCatalog } from '../../../support/seeded-catalog.ts'

describe('the filter panel before any filter', () => {
  it("lists from the meta part the catalog's options: the head of each group named, every total", () => {
    const catalog = seededCatalog(400, 11)
    const [metaFile] = browseIndexFiles(catalog)
    const meta = JSON.parse(String(metaFile?.content)) as BrowseMeta
    const fromMeta = metaFacets(meta)
    for (const group of filterGroups) {
      const head = fromMeta.heads[group]
      expect(head.length).toBeLessThanOrEqual(30)
      const options = catalog.facets[group]
      expect(head).toEqual(
        options.slice(0, head.length).map((option) => {
          const icon = 'icon' in option ? option.icon?.url : undefined
          return { slug: option.slug, name: option.name, ...(icon && { icon }) }
        }),
      )
      expect([...fromMeta.totals[group]]).toEqual(options.map((option) => option.count))
    }
    // The seeded guests outnumber the head: the rest wait in the tail part.
    expect(fromMeta.heads.guests.length).toBeLessThan(fromMeta.totals.guests.length)
  })
})
