import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  browseCardPart,
  browseIndexFiles,
  browseMetaPart,
  firstPaintParts,
} from '../../../../src/content/publish/browse-index/browse-index-files.ts'
import { browseCards } from '../../../../src/content/publish/browse-index/card-parts.ts'
import { applyFilters } from '../../../../src/features/catalog/filters/apply-filters.ts'
import { buildCatalogModel } from '../../../../src/features/catalog/filters/catalog-model.ts'
import {
  emptyFilters,
  filterGroups,
} from '../../../../src/features/catalog/filters/filter-state.ts'
import { createBrowseIndexReader } from '../../../../src/features/catalog/static-index/browse-index-reader.ts'
import {
  BROWSE_PAGE_SIZE,
  pageCardChunks,
} from '../../../../src/features/catalog/static-index/browse-page.ts'
import {
  browseCountsQueryOptions,
  browseResultsQueryOptions,
  cachedPage,
  collectionPageQueryOptions,
} from '../../../../src/features/catalog/static-index/browse-queries.ts'
import { catalogKeys } from '../../../../src/lib/api/catalog-queries.ts'
import { NotFoundError } from '../../../../src/lib/api/fetch-json.ts'
import { fetchPart } from '../../../../src/lib/api/fetch-part.ts'
import { seededCatalog } from '../../../support/seeded-catalog.ts'
import { seededPageSource } from '../../../support/seeded-page-source.ts'

const catalog = seededCatalog(200, 5)
const model = buildCatalogModel(catalog)
const cards = browseCards(catalog)
const files = new Map<string, Uint8Array | string>()
for (const { path, content } of browseIndexFiles(catalog)) files.set(path, content)

/** A static host serving the browse index under `base`, recording what it is asked for. */
function serveIndex(base: string) {
  const asked: string[] = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    const part = url.startsWith(base) ? files.get(url.slice(base.length)) : undefined
    if (part === undefined) {
      return new Response('<!doctype html>', {
        status: 200,
        headers: { 'content-type': 'text/html' },
      })
    }
    const type = typeof part === 'string' ? 'application/json' : 'application/octet-stream'
    const body = typeof part === 'string' ? part : part.slice().buffer
    return new Response(body, { headers: { 'content-type': type } })
  })
  return asked
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe('fetchPart', () => {
  it("asks under the site's base, for text or bytes by the part's kind", async () => {
    vi.stubEnv('BASE_URL', '/podcast/')
    const asked = serveIndex('/podcast/')
    expect(JSON.parse((await fetchPart('data/browse/meta.json')) as string)).toMatchObject({
      episodes: 200,
    })
    const bytes = await fetchPart('data/browse/technologies/0.bin')
    expect(bytes).toBeInstanceOf(ArrayBuffer)
    expect(new Uint8Array(bytes as ArrayBuffer)).toEqual(
      files.get('data/browse/technologies/0.bin'),
    )
    expect(asked).toEqual([
      '/podcast/data/browse/meta.json',
      '/podcast/data/browse/technologies/0.bin',
    ])
  })

  it("takes a host's HTML page in place of a missing part for not found", async () => {
    serveIndex('/')
    await expect(fetchPart('data/browse/nothing.json')).rejects.toBeInstanceOf(NotFoundError)
    await expect(fetchPart('data/browse/guests/9999.bin')).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('the results query', () => {
  it('loads pages as the filters give them, and their counts apart, through cached parts', async () => {
    const asked = serveIndex('/')
    const client = new QueryClient()
    const selection = { ...emptyFilters, technologies: ['tech-0', 'tech-3'], shows: ['main'] }
    const expected = applyFilters(model, selection)
    expect(expected.episodes.length).toBeGreaterThan(BROWSE_PAGE_SIZE)
    const options = browseResultsQueryOptions(selection, '')
    await client.fetchInfiniteQuery(options)
    const observer = new InfiniteQueryObserver(client, options)
    let result = observer.getCurrentResult()
    for (let page = 1; result.hasNextPage && page < 100; page++) {
      result = await observer.fetchNextPage()
    }
    const data = result.data ?? { pages: [] }
    expect(data.pages).toHaveLength(Math.ceil(expected.episodes.length / BROWSE_PAGE_SIZE))
    const ordinals = data.pages.flatMap((page) => page.items.map((item) => item.ordinal))
    expect(ordinals).toEqual([...expected.episodes])
    expect(data.pages.flatMap((page) => page.items.map((item) => item.episode))).toEqual(
      [...expected.episodes].map((i) => cards[i]),
    )
    for (const page of data.pages) expect(page.total).toBe(expected.episodes.length)
    const counts = await client.fetchQuery(browseCountsQueryOptions(selection, ''))
    for (const group of filterGroups) {
      expect([...counts[group]]).toEqual([...expected.counts[group]])
    }
    // Each part was fetched once, and is kept under the catalog's keys.
    expect(new Set(asked).size).toBe(asked.length)
    expect(client.getQueryData(catalogKeys.indexPart('data/browse/meta.json'))).toBeTypeOf('string')
  })

  it('starts over from the index when the catalog is invalidated', async () => {
    const asked = serveIndex('/')
    const client = new QueryClient()
    const options = browseResultsQueryOptions({ ...emptyFilters, categories: ['review'] }, '')
    await client.fetchInfiniteQuery(options)
    const before = asked.length
    await client.invalidateQueries({ queryKey: catalogKeys.all })
    await client.fetchInfiniteQuery(options)
    expect(asked.slice(before)).toEqual(asked.slice(0, before))
  })
})

describe('the unfiltered first page', () => {
  it('is, from the parts a prerendered home carries, what the index answers', async () => {
    serveIndex('/')
    const client = new QueryClient()
    const data = await client.fetchInfiniteQuery(browseResultsQueryOptions(emptyFilters, ''))
    const fromIndex = data.pages[0]
    const carried = new QueryClient()
    for (const [path, text] of firstPaintParts(catalog)) {
      carried.setQueryData(catalogKeys.indexPart(path), text)
    }
    const fromParts = cachedPage(carried)
    expect(fromParts?.total).toBe(fromIndex?.total)
    expect(fromParts?.items).toEqual(fromIndex?.items)
    expect(fromParts?.items).toHaveLength(BROWSE_PAGE_SIZE)
  })

  it('is, for any page, what the index answers, from the meta part and its own card parts', async () => {
    serveIndex('/')
    const reader = createBrowseIndexReader(fetchPart, BROWSE_PAGE_SIZE)
    const pages = Math.ceil(catalog.episodes.length / BROWSE_PAGE_SIZE)
    for (let page = 2; page <= pages; page++) {
      const carried = new QueryClient()
      carried.setQueryData(catalogKeys.indexPart('data/browse/meta.json'), browseMetaPart(catalog))
      for (const chunk of pageCardChunks(JSON.parse(browseMetaPart(catalog)), page)) {
        carried.setQueryData(
          catalogKeys.indexPart(`data/browse/cards/${chunk}.json`),
          browseCardPart(catalog, chunk),
        )
      }
      const fromIndex = await reader.query(emptyFilters, null, page)
      const fromParts = cachedPage(carried, page)
      expect(fromParts?.items.map((item) => item.episode)).toEqual(fromIndex.episodes)
      expect(fromParts?.items.map((item) => item.ordinal)).toEqual([...fromIndex.ordinals])
    }
    // The last page is short: the catalog does not fill it.
    expect(catalog.episodes.length % BROWSE_PAGE_SIZE).not.toBe(0)
  })

  it('is not drawn from the cache when a part is missing', () => {
    const client = new QueryClient()
    const parts = firstPaintParts(catalog)
    for (const [path, text] of parts) {
      if (!path.endsWith('cards/2.json')) client.setQueryData(catalogKeys.indexPart(path), text)
    }
    expect(parts.has('data/browse/cards/2.json')).toBe(true)
    expect(cachedPage(client)).toBeUndefined()
  })
})

describe("a guest's, technology's or show's further pages", () => {
  it('are, as their prerendered pages carry them, what the index answers', async () => {
    serveIndex('/')
    const source = seededPageSource(catalog)
    const client = new QueryClient()
    const collections = [
      ['guests', catalog.facets.guests[0]?.slug ?? ''],
      ['technologies', 'tech-0'],
      ['shows', catalog.facets.shows[0]?.slug ?? ''],
    ] as const
    for (const [group, slug] of collections) {
      const pages = Math.ceil(source.collection(group, slug, BROWSE_PAGE_SIZE, 1).total / 24)
      expect(pages, `${group} ${slug}`).toBeGreaterThan(1)
      const read: number[] = []
      for (let page = 2; page <= pages; page++) {
        const carried = source.collection(group, slug, BROWSE_PAGE_SIZE, page)
        const answered = await client.fetchQuery(collectionPageQueryOptions(group, slug, page))
        expect(answered.total).toBe(carried.total)
        expect(answered.items).toEqual(carried.items.map((item) => ({ ...item, moment: null })))
        read.push(...answered.items.map((item) => item.ordinal))
      }
      // Together with the first, they hold every one of its episodes once, newest first.
      const first = source.collection(group, slug, BROWSE_PAGE_SIZE, 1).items
      const all = [...first.map((item) => item.ordinal), ...read]
      expect(all).toEqual([...applyFilters(model, { ...emptyFilters, [group]: [slug] }).episodes])
    }
  })
})
