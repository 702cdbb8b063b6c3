/**
 * The static browse index at scale: builds a synthetic catalog index (10,000 and
 * 100,000 episodes by default), writes the index in memory and measures what
 * filter clicks fetch (gzip bytes) and how long the reader takes to answer.
 *
 *   node --expose-gc --import tsx scripts/bench-browse-index.ts [--counts 10000,100000] [--seed 1]
 */
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { CatalogIndex, FacetEntry } from '../src/content/documents.ts'
import {
  emptyFilters,
  type FilterGroup,
  type FilterSelection,
  filterGroups,
} from '../src/features/catalog/filters/filter-state.ts'
import { createBrowseIndexReader } from '../src/features/catalog/static-index/browse-index-reader.ts'
import { browsePaths } from '../src/lib/browse-index/browse-index-layout.ts'
import { type MemoryIndex, memoryIndex, writerFootprint } from './browse-index/memory-index.ts'
import { syntheticCatalogIndex } from './browse-index/synthetic-catalog-index.ts'
import { createRandom } from './synthetic/random.ts'

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value: number) => `${value.toFixed(1)} ms`
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0

/** A reader over the in-memory index that counts the gzip bytes of what it fetches. */
function countingReader(index: MemoryIndex) {
  const fetched: string[] = []
  const reader = createBrowseIndexReader(async (path) => {
    const part = index.parts.get(path)
    if (part === undefined) throw new Error(`no part ${path}`)
    fetched.push(path)
    return part
  })
  const bytesSince = (from: number) =>
    fetched.slice(from).reduce((sum, path) => sum + (index.gzipBytes.get(path) ?? 0), 0)
  return { reader, fetched, bytesSince }
}

const only = (group: FilterGroup, slug: string): FilterSelection => ({
  ...emptyFilters,
  [group]: [slug],
})

async function firstClicks(catalog: CatalogIndex, index: MemoryIndex) {
  for (const group of filterGroups) {
    const options = catalog.facets[group]
    const picks = [
      ['most used', options[0]],
      ['median', options[Math.floor(options.length / 2)]],
    ] as const
    for (const [label, option] of picks) {
      if (!option) continue
      // The home page embeds the meta and the first page of cards: load them first.
      const { reader, fetched, bytesSince } = countingReader(index)
      await reader.query(emptyFilters, null, 1)
      const from = fetched.length
      const started = performance.now()
      const result = await reader.query(only(group, option.slug), null, 1)
      const took = performance.now() - started
      console.log(
        `  first click, ${group} ${label} (${option.count} episodes): ${kB(bytesSince(from))} in ${fetched.length - from} parts, ${ms(took)} (${result.total} results)`,
      )
    }
  }
}

function randomCombination(catalog: CatalogIndex, random: ReturnType<typeof createRandom>) {
  const selection: Record<FilterGroup, string[]> = {
    guests: [],
    technologies: [],
    shows: [],
    categories: [],
  }
  const choices = random.int(2, 4)
  const groups = new Set<FilterGroup>()
  while (groups.size < 2) groups.add(random.pick(filterGroups))
  const picked = [...groups]
  while (picked.length < choices) picked.push(random.pick(filterGroups))
  for (const group of picked) {
    const options: readonly FacetEntry[] = catalog.facets[group]
    // Mostly the options the panel lists first, sometimes any.
    const option = random.chance(0.7) ? random.pick(options.slice(0, 30)) : random.pick(options)
    if (option && !selection[group].includes(option.slug)) selection[group].push(option.slug)
  }
  return selection
}

async function laterClicks(catalog: CatalogIndex, index: MemoryIndex, seed: number) {
  const { reader, fetched, bytesSince } = countingReader(index)
  await reader.query(emptyFilters, null, 1)
  const random = createRandom(seed)
  const loaded: number[] = []
  const loading: number[] = []
  const bytes: number[] = []
  for (let click = 0; click < 200; click++) {
    const selection = randomCombination(catalog, random)
    const from = fetched.length
    let started = performance.now()
    await reader.query(selection, null, 1)
    loading.push(performance.now() - started)
    bytes.push(bytesSince(from))
    started = performance.now()
    await reader.query(selection, null, 1)
    loaded.push(performance.now() - started)
  }
  for (const list of [loaded, loading, bytes]) list.sort((a, b) => a - b)
  const total = bytes.reduce((sum, value) => sum + value, 0)
  console.log(
    `  200 later clicks (2–4 options, 2+ groups), parts loaded: p50 ${ms(percentile(loaded, 0.5))}, p95 ${ms(percentile(loaded, 0.95))}, max ${ms(percentile(loaded, 1))}`,
  )
  console.log(
    `    including their fetches (from memory) and decoding: p50 ${ms(percentile(loading, 0.5))}, p95 ${ms(percentile(loading, 0.95))}`,
  )
  console.log(
    `    bytes fetched a click: p50 ${kB(percentile(bytes, 0.5))}, p95 ${kB(percentile(bytes, 0.95))}, max ${kB(percentile(bytes, 1))}; all 200: ${kB(total)} in ${new Set(fetched).size} parts`,
  )
}

async function bench(count: number, seed: number) {
  let started = performance.now()
  // Through JSON, as the build holds the compiled index: flat strings, so the heap is steady.
  const catalog: CatalogIndex = JSON.parse(JSON.stringify(syntheticCatalogIndex(count, seed)))
  const facets = filterGroups.map((group) => `${catalog.facets[group].length} ${group}`)
  console.log(
    `\n${count} episodes (${facets.join(', ')}), catalog built in ${ms(performance.now() - started)}`,
  )
  const retained = writerFootprint(catalog)
  const collected = globalThis.gc ? '' : ' (without --expose-gc: garbage included)'
  console.log(
    `  writer alone (files dropped as written): heap peak +${(retained / 1e6).toFixed(1)} MB over the catalog${collected}`,
  )
  const heapBefore = process.memoryUsage().heapUsed
  started = performance.now()
  const index = memoryIndex(catalog)
  const gzip = [...index.gzipBytes.values()].reduce((sum, value) => sum + value, 0)
  console.log(
    `  index: ${index.parts.size} files, ${kB(index.rawBytes)} raw, ${kB(gzip)} gzip; written in ${ms(index.writeMs)} (${ms(performance.now() - started)} with gzip measurement)`,
  )
  console.log(
    `  memory: heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB holding the whole index for the reader; peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  )
  const { reader, fetched, bytesSince } = countingReader(index)
  await reader.query(emptyFilters, null, 1)
  const meta = index.gzipBytes.get(browsePaths.meta) ?? 0
  console.log(
    `  first paint: ${kB(bytesSince(0))} (meta ${kB(meta)} + ${fetched.length - 1} card parts); group tails: ${filterGroups.map((group) => `${group} ${kB(index.gzipBytes.get(browsePaths.tail(group)) ?? 0)}`).join(', ')}`,
  )
  await firstClicks(catalog, index)
  await laterClicks(catalog, index, seed)
}

/** For `npm run bench`: both sizes, seed 1. */
export async function main(counts = [10_000, 100_000], seed = 1): Promise<void> {
  for (const count of counts) await bench(count, seed)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      counts: { type: 'string', default: '10000,100000' },
      seed: { type: 'string', default: '1' },
    },
  })
  await main((values.counts ?? '').split(',').map(Number), Number(values.seed))
}
