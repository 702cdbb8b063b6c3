/**
 * Generates a synthetic episode catalog shaped like the real one, for benchmarks
 * and scale tests: nested shows/<show>/<year>/<slug>.md files plus registries.
 *
 *   npx tsx scripts/generate-catalog.ts --count 10000 --out .bench/catalog-10000 [--seed 1] [--warnings] [--transcripts 0.1]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { episodeTranscripts } from './synthetic/episode-transcripts.ts'
import { createEpisode } from './synthetic/episodes.ts'
import { createRandom } from './synthetic/random.ts'
import { addRealWarnings } from './synthetic/real-warnings.ts'
import { createRegistries } from './synthetic/registries.ts'
import { episodeMarkdown, registryFiles } from './synthetic/to-yaml.ts'

export interface GenerateCatalogOptions {
  count: number
  out: string
  seed?: number
  /** Add the real catalog's warnings at its rates (chapters past the end, not from 0, unknown technologies). */
  warnings?: boolean
  /**
   * The share of episodes (0 to 1) with a one-hour WebVTT transcript beside
   * their file, `<slug>.vtt`: 0.1 gives one episode in ten.
   */
  transcripts?: number
}

export interface GeneratedCatalog {
  dir: string
  episodes: number
  chapters: number
  shows: number
  /** Episodes with a transcript file. */
  transcripts: number
}

/** Written last, so a folder holding it is a complete catalog of that count and seed. */
const MARKER = '.synthetic-catalog.json'
/** Bump when the output changes shape, so reused benchmark folders are regenerated. */
const GENERATOR_VERSION = 2

function markerText(count: number, seed: number, warnings: boolean, transcripts: number): string {
  const options = {
    count,
    seed,
    version: GENERATOR_VERSION,
    ...(warnings ? { warnings } : {}),
    ...(transcripts > 0 ? { transcripts } : {}),
  }
  return `${JSON.stringify(options)}\n`
}

/** True when `dir` already holds a complete catalog made with these options. */
export function isGeneratedCatalog(
  dir: string,
  count: number,
  seed = 1,
  warnings = false,
  transcripts = 0,
): boolean {
  const marker = join(dir, MARKER)
  return (
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === markerText(count, seed, warnings, transcripts)
  )
}

function prepareFolder(dir: string): void {
  if (!existsSync(dir)) return
  if (existsSync(join(dir, MARKER)) || readdirSync(dir).length === 0) {
    rmSync(dir, { recursive: true, force: true })
    return
  }
  throw new Error(`${dir} exists and is not a generated catalog: choose another --out`)
}

export function generateCatalog({
  count,
  out,
  seed = 1,
  warnings = false,
  transcripts = 0,
}: GenerateCatalogOptions): GeneratedCatalog {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a whole number ≥ 1')
  if (!(transcripts >= 0 && transcripts <= 1)) throw new Error('transcripts must be from 0 to 1')
  const dir = resolve(out)
  prepareFolder(dir)
  const random = createRandom(seed)
  // A stream of its own, so that the same seed gives the same catalog with or without warnings.
  const flaws = createRandom(seed ^ 0x5eed)
  const registries = createRegistries(random)
  // Streams of their own too: the episodes' files stay the same with or without transcripts.
  const transcriptOf = episodeTranscripts(createRandom(seed ^ 0x7a1c), registries, transcripts)
  const usedSlugs = new Set<string>()
  const folders = new Set<string>()
  let chapters = 0
  let transcriptFiles = 0
  for (let index = 0; index < count; index += 1) {
    const episode = createEpisode(random, index, count, registries, usedSlugs)
    if (warnings) addRealWarnings(flaws, episode)
    const folder = join(dir, 'shows', episode.show, episode.publishedAt.slice(0, 4))
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(join(folder, `${episode.slug}.md`), episodeMarkdown(episode))
    const transcript = transcriptOf(episode)
    if (transcript !== null) {
      writeFileSync(join(folder, `${episode.slug}.vtt`), transcript)
      transcriptFiles += 1
    }
    chapters += episode.chapters.length
  }
  for (const [name, text] of Object.entries(registryFiles(registries))) {
    writeFileSync(join(dir, name), text)
  }
  writeFileSync(join(dir, MARKER), markerText(count, seed, warnings, transcripts))
  return {
    dir,
    episodes: count,
    chapters,
    shows: registries.shows.length,
    transcripts: transcriptFiles,
  }
}

/** How a share of transcripts reads in a benchmark's output: "one episode in 10 with a one-hour transcript". */
export function transcriptShareText(transcripts: number): string {
  if (transcripts <= 0) return 'no transcripts'
  return `one episode in ${Math.round(1 / transcripts)} with a one-hour transcript`
}

/**
 * The benchmarks' catalog of `count` episodes (seed 1) under `.bench/`, one
 * folder for each share of transcripts, generated unless it is there already.
 */
export function benchCatalog(count: number, transcripts = 0): string {
  const name = transcripts > 0 ? `catalog-${count}-transcripts-${transcripts}` : `catalog-${count}`
  const dir = resolve('.bench', name)
  if (!isGeneratedCatalog(dir, count, 1, false, transcripts)) {
    generateCatalog({ count, out: dir, transcripts })
  }
  return dir
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      warnings: { type: 'boolean', default: false },
      transcripts: { type: 'string', default: '0' },
    },
  })
  const count = Number(values.count)
  const started = performance.now()
  const result = generateCatalog({
    count,
    out: values.out ?? `.bench/catalog-${count}`,
    seed: Number(values.seed),
    warnings: values.warnings,
    transcripts: Number(values.transcripts),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${result.episodes} episodes (${result.transcripts} with a one-hour transcript), ${result.chapters} chapters, ${result.shows} shows in ${result.dir} (${seconds} s)`,
  )
}
