/**
 * Transcript benchmark: the build cost of transcripts in the synthetic catalog
 * (10,000 episodes unless BENCH_EPISODES says otherwise) when one episode in ten
 * has a one-hour WebVTT transcript beside it. Compiles the catalog with and
 * without those files (best of three each) and prints the difference, per
 * transcript, with the size of what the build writes for them.
 *
 *   npx tsx scripts/bench-transcripts.ts
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compileCatalog } from '../src/content/compile/compile-catalog.ts'
import { BENCH_DIR, ensureCatalog, timed } from './content-bench/runs.ts'
import { listEpisodeFiles, splitFrontMatter } from './front-matter.ts'
import { createRandom } from './synthetic/random.ts'
import { syntheticTranscript } from './synthetic/transcripts.ts'

const ONE_HOUR = 3_600
const MARKER = '.synthetic-transcripts.json'

/** The synthetic catalog, copied once, with a transcript beside one episode file in ten. */
async function catalogWithTranscripts(count: number): Promise<{ dir: string; added: number }> {
  const plain = ensureCatalog(count)
  const dir = resolve(BENCH_DIR, `catalog-${count}-transcripts`)
  const marker = join(dir, MARKER)
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'))
  cpSync(plain, dir, { recursive: true })
  const random = createRandom(7)
  const files = await listEpisodeFiles(dir)
  let added = 0
  let due = false
  for (const [index, file] of files.entries()) {
    // Every tenth file, or the next one that lasts an hour, so that no cue falls past the end.
    due ||= index % 10 === 0
    if (!due) continue
    const { data } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
    if (Number(data.duration) < ONE_HOUR) continue
    due = false
    const guests = Array.isArray(data.guests) ? data.guests.map(String) : []
    const transcript = syntheticTranscript(random, ONE_HOUR, ['Host', ...guests])
    writeFileSync(join(dir, file.replace(/\.md$/, '.vtt')), transcript)
    added++
  }
  writeFileSync(marker, JSON.stringify({ dir, added }))
  return { dir, added }
}

const best = (times: number[]) => Math.min(...times)

export async function main(): Promise<string> {
  const count = Number(process.env.BENCH_EPISODES ?? 10_000)
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
  const plain = ensureCatalog(count)
  const { dir, added } = await catalogWithTranscripts(count)
  const compile = (catalog: string) =>
    timed(() => compileCatalog({ dir: catalog, includeScheduled: false, fetchTranscripts: false }))
  const plainTimes: number[] = []
  const withTimes: number[] = []
  let bytes = 0
  let files = 0
  let words = 0
  let warnings = 0
  for (let round = 0; round < rounds; round++) {
    plainTimes.push((await compile(plain)).ms)
    const run = await compile(dir)
    withTimes.push(run.ms)
    const { documents, transcriptFiles, problems } = run.value
    warnings = problems.filter((problem) => problem.code === 'transcript').length
    files = transcriptFiles.size
    bytes = [...transcriptFiles.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    for (const [path, text] of documents) {
      if (path.startsWith('transcripts/')) bytes += Buffer.byteLength(text)
    }
    const first = [...documents.keys()].find((path) => path.startsWith('transcripts/'))
    const document = first ? JSON.parse(documents.get(first) ?? '{}') : { paragraphs: [] }
    words = (document.paragraphs as Array<{ text: string }>).reduce(
      (sum, paragraph) => sum + paragraph.text.split(' ').length,
      0,
    )
  }
  const extra = best(withTimes) - best(plainTimes)
  return [
    `  ${count} episodes, ${added} with a one-hour WebVTT transcript (about ${words} words each), ${warnings} transcript warnings`,
    `  compile without transcripts: ${(best(plainTimes) / 1000).toFixed(2)} s; with: ${(best(withTimes) / 1000).toFixed(2)} s (best of ${rounds})`,
    `  transcripts cost ${(extra / 1000).toFixed(2)} s, ${(extra / Math.max(added, 1)).toFixed(1)} ms per transcript`,
    `  written for them: ${files} files and ${added} documents, ${(bytes / 1_000_000).toFixed(1)} MB (${Math.round(bytes / Math.max(added, 1) / 1000)} kB per transcript)`,
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await main())
