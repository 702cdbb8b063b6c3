/**
 * Static search index benchmark: writes the index of the synthetic catalog
 * (10,000 and 100,000 episodes, one in ten with a one-hour transcript; or
 * BENCH_EPISODES) to a temporary folder, then runs fifty seeded searches the
 * way the browser would, each from a fresh reader, and prints what it costs:
 * files and bytes written, build time and memory, gzip bytes fetched by a
 * first search (its index parts and the first 10 results' moments and
 * snippets; their cards come from the browse index, which bench-browse-index.ts
 * measures), and the time from query to results once the parts are fetched.
 *
 *   npx tsx scripts/bench-search-index.ts
 */
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  createStaticSearch,
  type StaticSearchHits,
} from '../src/features/catalog/search/static/static-search.ts'
import { benchQueries } from './search-index-bench/bench-queries.ts'
import { diskFetch, type WrittenIndex, writeIndex } from './search-index-bench/index-on-disk.ts'
import { syntheticIndexInput } from './search-index-bench/synthetic-index-input.ts'

const SHOWN = 10
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
const ms = (value: number) => `${value.toFixed(1)} ms`
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
const spread = (values: number[], show: (value: number) => string) =>
  `p50 ${show(percentile(values, 50))}, p95 ${show(percentile(values, 95))}, max ${show(Math.max(...values))}`

function describeIndex(count: number, written: WrittenIndex, generationMs: number): string[] {
  return [
    `${count} episodes: ${written.files} files, ${MB(written.rawBytes)} raw, ${MB(written.gzipBytes)} gzip`,
    ...[...written.byFolder].map(
      ([folder, sums]) =>
        `  ${folder}: ${sums.files} files, ${MB(sums.rawBytes)} raw, ${MB(sums.gzipBytes)} gzip`,
    ),
    `  largest file: ${written.largest.path}, ${kB(written.largest.bytes)} raw`,
    `  build: ${(written.ms / 1000).toFixed(1)} s with the input's generation, ${((written.ms - generationMs) / 1000).toFixed(1)} s without (generation alone ${(generationMs / 1000).toFixed(1)} s); peak RSS ${written.peakRssMb.toFixed(0)} MB`,
  ]
}

async function run(count: number): Promise<string[]> {
  const input = syntheticIndexInput(count)
  let start = performance.now()
  let transcripts = 0
  const slugs: string[] = []
  for (const { episode, transcript } of input.episodes()) {
    slugs.push(episode.slug)
    if (transcript) transcripts++
  }
  // What a list shows of the first results: each one's moment (its card is the browse index's).
  const shownMoments = (hits: StaticSearchHits) =>
    Promise.all(
      [...hits.order.subarray(0, SHOWN)].map((ordinal) =>
        hits.moment(ordinal, slugs[ordinal] ?? ''),
      ),
    )
  const generationMs = performance.now() - start
  const written = writeIndex(join(tmpdir(), `search-index-bench-${count}`), input.episodes())
  const lines = describeIndex(count, written, generationMs)
  lines.splice(1, 0, `  ${transcripts} episodes with a one-hour transcript`)
  const fetchFor = diskFetch(written.dir)
  const firstBytes: number[] = []
  const firstMs: number[] = []
  const laterMs: number[] = []
  for (const { kind, keystrokes } of benchQueries(input)) {
    // A reader that reads every part from disk once, so that timing leaves the disk out.
    const warmup = createStaticSearch(fetchFor().fetchPart)
    for (const keys of keystrokes) await shownMoments(await warmup.search(keys))
    const { fetchPart, asked } = fetchFor()
    const search = createStaticSearch(fetchPart)
    const steps: string[] = []
    for (const [step, keys] of keystrokes.entries()) {
      const before = asked.gzipBytes
      start = performance.now()
      const hits = await search.search(keys)
      const shown = await shownMoments(hits)
      const took = performance.now() - start
      if (step === 0) {
        firstBytes.push(asked.gzipBytes)
        firstMs.push(took)
      }
      const moment = shown[0]
      const where = moment ? ` first at ${moment.field} ${moment.seconds}s` : ''
      steps.push(
        `"${keys}" ${hits.order.length} hits, ${kB(asked.gzipBytes - before)}, ${ms(took)}${where}`,
      )
    }
    for (const keys of keystrokes) {
      start = performance.now()
      await shownMoments(await search.search(keys))
      laterMs.push(performance.now() - start)
    }
    lines.push(`  ${kind}: ${steps.join('; ')}`)
  }
  const budget = count > 10_000 ? 300_000 : 200_000
  lines.push(
    `  first search, gzip fetched (index parts + ${SHOWN} results' moments): ${spread(firstBytes, kB)}; over the ${kB(budget)} budget: ${firstBytes.filter((bytes) => bytes > budget).length} of ${firstBytes.length}`,
    `  first search, query to results in Node once fetched (parsing included): ${spread(firstMs, ms)}`,
    `  later keystrokes, parts loaded: ${spread(laterMs, ms)} over ${laterMs.length}`,
  )
  return lines
}

export async function main(): Promise<string> {
  const only = process.env.BENCH_EPISODES
  if (only) return (await run(Number(only))).join('\n')
  // One process per size, so that each peak RSS is its own.
  const script = process.argv[1] ?? ''
  return [10_000, 100_000]
    .map((count) =>
      execFileSync(process.execPath, [...process.execArgv, script], {
        env: { ...process.env, BENCH_EPISODES: String(count) },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }).trimEnd(),
    )
    .join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await main())
