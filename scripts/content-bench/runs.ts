import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { compileCatalog } from '../../src/content/compile/compile-catalog.ts'
import { listEpisodeFiles, splitFrontMatter } from '../front-matter.ts'
import { generateCatalog, isGeneratedCatalog } from '../generate-catalog.ts'

export const BENCH_DIR = '.bench'

/** A synthetic catalog in .bench/, generated once and reused by later runs. */
export function ensureCatalog(count: number, warnings = false): string {
  const dir = resolve(BENCH_DIR, `catalog-${count}${warnings ? '-warnings' : ''}`)
  if (!isGeneratedCatalog(dir, count, 1, warnings)) generateCatalog({ count, out: dir, warnings })
  return dir
}

/** Wall and CPU time (user + system, every thread) of one run. */
export async function timed<T>(
  run: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await run()
  const { user, system } = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (user + system) / 1000, value }
}

/** Both contenders write with this, into a folder emptied outside the timed part. */
function writeDocuments(outDir: string, documents: ReadonlyMap<string, string>): number {
  const folders = new Set<string>()
  let bytes = 0
  for (const [path, text] of documents) {
    const file = join(outDir, path)
    const folder = dirname(file)
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(file, text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

/** The plain script the compiler is measured against. */
export async function runFloor(dir: string, outDir: string): Promise<void> {
  const documents = new Map<string, string>()
  const index: Array<Record<string, unknown>> = []
  for (const file of await listEpisodeFiles(dir)) {
    const { data, body } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
    documents.set(`episodes/${String(data.slug)}.json`, JSON.stringify({ ...data, body }))
    const { id, slug, title, show, publishedAt, duration, guests, technologies } = data
    index.push({ id, slug, title, show, publishedAt, duration, guests, technologies })
  }
  index.sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
  documents.set('episodes.json', JSON.stringify(index))
  writeDocuments(outDir, documents)
}

export interface OursRun {
  compileMs: number
  outputBytes: number
  documents: number
  published: number
  errors: number
  warnings: number
  episodesJson: string
  /** Threads the files were compiled on, and how many of them the workers compiled. */
  threads: number
  workerFiles: number
}

/** Our compile plus writing its documents; keeps only what the figures need, not the whole result. */
export async function runOurs(dir: string, outDir: string): Promise<OursRun> {
  const started = performance.now()
  const result = await compileCatalog({ dir, includeScheduled: false })
  const compileMs = performance.now() - started
  const outputBytes = writeDocuments(outDir, result.documents)
  const count = (severity: string) => result.problems.filter((p) => p.severity === severity).length
  return {
    compileMs,
    outputBytes,
    documents: result.documents.size,
    published: result.stats.published,
    errors: count('error'),
    warnings: count('warning'),
    episodesJson: result.documents.get('episodes.json') ?? '',
    threads: result.compiledOn.threads,
    workerFiles: result.compiledOn.workerFiles,
  }
}
