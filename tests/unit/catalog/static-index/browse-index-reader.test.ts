import { describe, expect, it } from 'vitest'
import { createRandom, type Random } from '../../../../scripts/synthetic/random.ts'
import type { CatalogIndex } from '../../../../src/content/documents.ts'
import { browseIndexFiles } from '../../../../src/content/publish/browse-index/browse-index-files.ts'
import type { BrowseChunks } from '../../../../src/content/publish/browse-index/browse-meta.ts'
import { applyFilters } from '../../../../src/features/catalog/filters/apply-filters.ts'
import {
  buildCatalogModel,
  optionName,
} from '../../../../src/features/catalog/filters/catalog-model.ts'
import {
  emptyFilters,
  type FilterGroup,
  type FilterSelection,
  filterGroups,
} from '../../../../src/features/catalog/filters/filter-state.ts'
import { createBrowseIndexReader } from '../../../../src/features/catalog/static-index/browse-index-reader.ts'
import { seededCatalog } from '../../../support/seeded-catalog.ts'

const PAGE = 24
// Small parts, so that queries cross many card and row parts and names reach the tails.
const smallChunks: BrowseChunks = {
  cardChunk: 8,
  rowChunk: 64,
  firstPage: 24,
  headOptions: 5,
}

function memoryIndex(catalog: CatalogIndex, chunks: BrowseChunks = smallChunks) {
  const files = new Map<string, ArrayBuffer | string>()
  for (const { path, content } of browseIndexFiles(catalog, chunks)) {
    files.set(path, typeof content === 'string' ? content : content.slice().buffer)
  }
  const fetched: string[] = []
  const reader = createBrowseIndexReader(async (path) => {
    fetched.push(path)
    const part = files.get(path)
    if (part === undefined) throw new Error(`no part ${path}`)
    return part
  }, PAGE)
  return { reader, fetched, files }
}

function randomSelection(random: Random, catalog: CatalogIndex): FilterSelection {
  const selection: Record<FilterGroup, string[]> = {
    guests: [],
    technologies: [],
    shows: [],
    categories: [],
  }
  const groups = filterGroups.filter(() => random.chance(0.5))
  for (const group of groups.length > 0 ? groups : [random.pick(filterGroups)]) {
    const options = catalog.facets[group].map((option) => option.slug)
    const picked = Array.from({ length: random.int(1, 3) }, () =>
      random.chance(0.5) ? random.pickSkewed(options, 2) : random.pick(options),
    )
    if (random.chance(0.1)) picked.push('not-in-the-catalog')
    selection[group] = picked
  }
  return selection
}

function randomSearch(random: Random, size: number): Int32Array | null {
  if (random.chance(0.5)) return null
  const hits = new Set<number>()
  for (let n = random.int(0, size / 2); n > 0; n--) hits.add(random.int(0, size - 1))
  return Int32Array.from(hits)
}

describe.each([
  { size: 300, seed: 1 },
  { size: 2_500, seed: 7 },
])('the browse index of $size episodes', ({ size, seed }) => {
  const catalog = seededCatalog(size, seed)
  const model = buildCatalogModel(catalog)

  it('answers every query as applyFilters does: results, order, totals and counts', async () => {
    const { reader } = memoryIndex(catalog)
    const random = createRandom(seed * 31)
    for (let run = 0; run < 150; run++) {
      const selection = randomSelection(random, catalog)
      const search = randomSearch(random, size)
      const expected = applyFilters(model, selection, search)
      const pages = Math.max(1, Math.ceil(expected.episodes.length / PAGE))
      const page = random.int(1, pages)
      const result = await reader.query(selection, search, page)
      const context = JSON.stringify({ run, selection, page })
      expect(result.total, context).toBe(expected.episodes.length)
      const slugs = [...expected.episodes.subarray((page - 1) * PAGE, page * PAGE)].map(
        (i) => model.episodes[i]?.slug,
      )
      expect(
        result.episodes.map((episode) => episode.slug),
        context,
      ).toEqual(slugs)
      const counts = await reader.counts(selection, search)
      for (const group of filterGroups) {
        expect([...counts[group]], `${context} ${group}`).toEqual([...expected.counts[group]])
      }
    }
  })

  it('pages a search by the size it is asked for', async () => {
    const { reader } = memoryIndex(catalog)
    const random = createRandom(seed * 17)
    for (let run = 0; run < 20; run++) {
      const selection = randomSelection(random, catalog)
      const search = randomSearch(random, size) ?? Int32Array.from([0, 2, 4])
      const expected = applyFilters(model, selection, search).episodes
      const pages = Math.max(1, Math.ceil(expected.length / 12))
      const page = random.int(1, pages)
      const result = await reader.query(selection, search, page, 12)
      expect(result.total).toBe(expected.length)
      expect([...result.ordinals]).toEqual([...expected.subarray((page - 1) * 12, page * 12)])
      expect(result.episodes.map((card) => card.slug)).toEqual(
        [...result.ordinals].map((ordinal) => catalog.episodes[ordinal]?.slug),
      )
    }
  })

  it('keeps every card as the catalog has it, with the names of what it links to', async () => {
    const { reader } = memoryIndex(catalog)
    const model = buildCatalogModel(catalog)
    const result = await reader.query(emptyFilters, null, 2)
    expect(result.episodes).toEqual(
      catalog.episodes.slice(PAGE, 2 * PAGE).map((episode) => ({
        ...episode,
        names: {
          show: episode.show && optionName(model, 'shows', episode.show),
          guests: episode.guests.map((slug) => optionName(model, 'guests', slug)),
          technologies: episode.technologies.map((slug) => optionName(model, 'technologies', slug)),
        },
      })),
    )
    expect(result.episodes.some((card) => card.names.guests.length > 0)).toBe(true)
  })
})

it('answers for an empty catalog', async () => {
  const { reader } = memoryIndex(seededCatalog(0, 1))
  const result = await reader.query({ ...emptyFilters, guests: ['nobody'] }, null, 1)
  expect(result.total).toBe(0)
  expect(result.episodes).toEqual([])
  expect([...(await reader.counts({ ...emptyFilters, guests: ['nobody'] }, null)).shows]).toEqual(
    [],
  )
})

describe('fetching', () => {
  const catalog = seededCatalog(2_000, 3)

  it("fetches, for a first click on one option, only that option's part", async () => {
    const { reader, fetched } = memoryIndex(catalog)
    await reader.query(emptyFilters, null, 1)
    // What the home page embeds: the meta and the first page of cards.
    expect(fetched).toEqual([
      'data/browse/meta.json',
      'data/browse/cards/0.json',
      'data/browse/cards/1.json',
      'data/browse/cards/2.json',
    ])
    for (const [group, option] of [
      ['technologies', 2],
      ['guests', 0],
      ['shows', 1],
    ] as const) {
      fetched.length = 0
      const slug = catalog.facets[group][option]?.slug ?? ''
      const result = await reader.query({ ...emptyFilters, [group]: [slug] }, null, 1)
      expect(result.episodes).toHaveLength(Math.min(PAGE, result.total))
      expect(fetched).toEqual([`data/browse/${group}/${option}.bin`])
    }
  })

  it('answers a search without the facet rows that only its counts need', async () => {
    const { reader, fetched } = memoryIndex(catalog)
    const search = Int32Array.from({ length: 300 }, (_, i) => (i * 7) % 2_000)
    const result = await reader.query(emptyFilters, search, 1)
    expect(result.total).toBe(300)
    expect(fetched.filter((path) => path.includes('rows-'))).toEqual([])
    await reader.counts(emptyFilters, search)
    expect(fetched.filter((path) => path.includes('rows-')).length).toBeGreaterThan(0)
  })

  it('fetches the cards of a later page by parts of 8 episodes', async () => {
    const { reader, fetched } = memoryIndex(catalog)
    const slug = catalog.facets.technologies[0]?.slug ?? ''
    await reader.query({ ...emptyFilters, technologies: [slug] }, null, 1)
    fetched.length = 0
    await reader.query({ ...emptyFilters, technologies: [slug] }, null, 2)
    expect(fetched.length).toBeGreaterThan(0)
    expect(fetched.every((path) => /^data\/browse\/cards\/\d+\.json$/.test(path))).toBe(true)
    expect(fetched.length).toBeLessThanOrEqual(PAGE)
  })

  it('fetches the tail of a group only for an option past its head', async () => {
    const { reader, fetched } = memoryIndex(catalog)
    const rare = catalog.facets.guests.at(-1)?.slug ?? ''
    await reader.query({ ...emptyFilters, guests: [rare] }, null, 1)
    const last = catalog.facets.guests.length - 1
    expect(fetched).toContain('data/browse/guests/tail.json')
    expect(fetched).toContain(`data/browse/guests/${last}.bin`)
    expect(fetched.filter((path) => path.includes('rows-'))).toEqual([])
  })

  it('fetches each part once, however many queries need it', async () => {
    const { reader, fetched } = memoryIndex(catalog)
    const random = createRandom(5)
    for (let run = 0; run < 60; run++) {
      await reader.query(randomSelection(random, catalog), randomSearch(random, 2_000), 1)
    }
    expect(fetched.length).toBeGreaterThan(10)
    expect(new Set(fetched).size).toBe(fetched.length)
  })
})
