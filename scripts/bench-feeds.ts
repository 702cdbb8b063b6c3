/**
 * Feed benchmark: builds the podcast feeds and chapters files of the synthetic
 * catalog (10,000 episodes unless BENCH_EPISODES says otherwise) from its
 * compiled documents, best of three, and prints the time and the sizes of the
 * feeds, archive files included. Every episode gives its audioFileSize, so no audio host is asked.
 *
 *   npx tsx scripts/bench-feeds.ts
 */
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { compileCatalog } from '../src/content/compile/compile-catalog.ts'
import { buildFeeds } from '../src/content/publish/build-feeds.ts'
import { ensureCatalog, timed } from './content-bench/runs.ts'

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

export async function main(): Promise<string> {
  const count = Number(process.env.BENCH_EPISODES ?? 10_000)
  const dir = process.env.BENCH_CATALOG_DIR ?? ensureCatalog(count)
  const compiled = await compileCatalog({
    dir,
    includeScheduled: false,
    siteUrl: 'https://podcast.example.com/',
  })
  const options = { catalogDir: dir, publicDir: null, base: '/', probe: false }
  const runs = []
  for (let round = 0; round < 3; round++)
    runs.push(await timed(() => buildFeeds(compiled, options)))
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a))
  const { files, problems } = best.value
  const feeds = files.filter((file) => file.path.endsWith('.xml'))
  const chapters = files.filter((file) => file.path.endsWith('chapters.json'))
  const size = (text: string) => Buffer.byteLength(text)
  const gzip = (text: string) => gzipSync(text).length
  const catalog = feeds.find((file) => file.path === 'feed.xml')?.content ?? ''
  const shows = feeds.filter((file) => file.path.startsWith('feeds/'))
  const archives = feeds.filter((file) => file.path.startsWith('archive/'))
  const largest = Math.max(...feeds.map((file) => size(file.content)))
  const showBytes = shows.map((file) => size(file.content))
  const chapterBytes = chapters.reduce((sum, file) => sum + size(file.content), 0)
  return [
    `  ${compiled.stats.published} episodes: feeds and chapters files built in ${(best.ms / 1000).toFixed(2)} s (best of 3; CPU ${(best.cpuMs / 1000).toFixed(2)} s), ${problems.length} warnings`,
    `  feed.xml: ${megabytes(size(catalog))} raw, ${megabytes(gzip(catalog))} gzip (${Math.round(size(catalog) / compiled.stats.published)} bytes per episode)`,
    `  ${shows.length} show feeds: ${megabytes(Math.min(...showBytes))} to ${megabytes(Math.max(...showBytes))} each, ${megabytes(showBytes.reduce((a, b) => a + b, 0))} in all`,
    `  ${archives.length} archive files; the largest feed file: ${megabytes(largest)} (budget ≤ 8 MB)`,
    `  ${chapters.length} chapters files: ${megabytes(chapterBytes)} in all`,
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await main())
