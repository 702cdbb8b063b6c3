/**
 * Generates a synthetic episode catalog shaped like the real one, for benchmarks
 * and scale tests: nested shows/<show>/<year>/<slug>.md files plus registries.
 *
 *   npx tsx scripts/generate-catalog.ts --count 10000 --out .bench/catalog-10000 [--seed 1] [--warnings]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
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
}

export interface GeneratedCatalog {
  dir: string
  episodes: number
  chapters: number
  shows: number
}

/** Written last, so a folder holding it is a complete catalog of that count and seed. */
const MARKER = '.synthetic-catalog.json'
/** Bump when the output changes shape, so reused benchmark folders are regenerated. */
const GENERATOR_VERSION = 1

function markerText(count: number, seed: number, warnings: boolean): string {
  const options = { count, seed, version: GENERATOR_VERSION, ...(warnings ? { warnings } : {}) }
  return `${JSON.stringify(options)}\n`
}

/** True when `dir` already holds a complete catalog made with these options. */
export function isGeneratedCatalog(
  dir: string,
  count: number,
  seed = 1,
  warnings = false,
): boolean {
  const marker = join(dir, MARKER)
  return existsSync(marker) && readFileSync(marker, 'utf8') === markerText(count, seed, warnings)
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
}: GenerateCatalogOptions): GeneratedCatalog {
  if (!Number.isInteger(count) || count < 1) throw new Error('count must be a whole number ≥ 1')
  const dir = resolve(out)
  prepareFolder(dir)
  const random = createRandom(seed)
  // A stream of its own, so that the same seed gives the same catalog with or without warnings.
  const flaws = createRandom(seed ^ 0x5eed)
  const registries = createRegistries(random)
  const usedSlugs = new Set<string>()
  const folders = new Set<string>()
  let chapters = 0
  for (let index = 0; index < count; index += 1) {
    const episode = createEpisode(random, index, count, registries, usedSlugs)
    if (warnings) addRealWarnings(flaws, episode)
    const folder = join(dir, 'shows', episode.show, episode.publishedAt.slice(0, 4))
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(join(folder, `${episode.slug}.md`), episodeMarkdown(episode))
    chapters += episode.chapters.length
  }
  for (const [name, text] of Object.entries(registryFiles(registries))) {
    writeFileSync(join(dir, name), text)
  }
  writeFileSync(join(dir, MARKER), markerText(count, seed, warnings))
  return { dir, episodes: count, chapters, shows: registries.shows.length }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      warnings: { type: 'boolean', default: false },
    },
  })
  const count = Number(values.count)
  const started = performance.now()
  const result = generateCatalog({
    count,
    out: values.out ?? `.bench/catalog-${count}`,
    seed: Number(values.seed),
    warnings: values.warnings,
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${result.episodes} episodes, ${result.chapters} chapters, ${result.shows} shows in ${result.dir} (${seconds} s)`,
  )
}
