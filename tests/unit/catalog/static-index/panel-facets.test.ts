import { describe, expect, it } from 'vitest'
import { browseIndexFiles } from '../../../../src/content/publish/browse-index/browse-index-files.ts'
import { buildCatalogModel } from '../../../../src/features/catalog/filters/catalog-model.ts'
import { filterGroups } from '../../../../src/features/catalog/filters/filter-state.ts'
import {
  metaFacets,
  modelFacets,
} from '../../../../src/features/catalog/static-index/panel-facets.ts'
import type { BrowseMeta } from '../../../../src/lib/browse-index/browse-index-layout.ts'
import { seededCatalog } from '../../../support/seeded-catalog.ts'

describe('the filter panel before any filter', () => {
  it('lists from the meta part what it lists from the catalog: the head of each group, every total', () => {
    const catalog = seededCatalog(400, 11)
    const [metaFile] = browseIndexFiles(catalog)
    const meta = JSON.parse(String(metaFile?.content)) as BrowseMeta
    const fromMeta = metaFacets(meta)
    const fromCatalog = modelFacets(buildCatalogModel(catalog))
    for (const group of filterGroups) {
      const head = fromMeta.heads[group]
      expect(head.length).toBeLessThanOrEqual(30)
      expect(head).toEqual(
        fromCatalog.heads[group]
          .slice(0, head.length)
          .map(({ slug, name, icon }) => ({ slug, name, ...(icon && { icon }) })),
      )
      expect([...fromMeta.totals[group]]).toEqual([...fromCatalog.totals[group]])
    }
    // The seeded guests outnumber the head: the rest wait in the tail part.
    expect(fromMeta.heads.guests.length).toBeLessThan(fromMeta.totals.guests.length)
  })
})
