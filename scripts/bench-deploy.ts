/**
 * What a deploy holds and what its build costs, beside Hugo building the same pages:
 * the synthetic catalog at each size (one episode in ten with a one-hour
 * transcript unless --transcripts says otherwise), built by us (`vite build`, then the embed build,
 * as `npm run build` does) and by Debian's `hugo` with the minimal templates in
 * scripts/hugo-site/ (home list, one page per episode, term pages for guests,
 * technologies and shows, a feed, a sitemap; paginated by 24). Prints for each:
 * build time, peak resident memory, files and bytes written, the largest file.
 *
 *   npx tsx scripts/bench-deploy.ts --episodes 1000,10000 [--transcripts 0.1]
 *   npx tsx scripts/bench-deploy.ts --episodes 100000 --keep   (several minutes, many GB)
 *   npx tsx scripts/bench-deploy.ts --episodes 100000 --no-hugo   (ours alone)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { benchCatalog, transcriptShareText } from './generate-catalog.ts'

export interface DeployFigures {
  seconds: number
  peakMb: number
  files: number
  bytes: number
  largest: { path: string; bytes: number }
  /** Ours: the site's and the embed's builds, each in its own process. */
  steps?: { site: BuildStep; embed: BuildStep }
}

interface BuildStep {
  seconds: number
  peakMb: number
}

// Each build runs in a process of its own, so that its peak memory is its own.
const BUILD_ONCE = `
const { build } = await import('vite')
const started = performance.now()
const mode = process.env.BENCH_MODE || undefined
await build({ logLevel: 'silent', mode, build: { outDir: process.env.BENCH_OUT_DIR, emptyOutDir: !mode } })
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }))
`

function viteBuild(catalog: string, outDir: string, mode: string | null): BuildStep {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_ONCE], {
    env: {
      ...process.env,
      EPISODES_DIR: catalog,
      BENCH_OUT_DIR: outDir,
      BENCH_MODE: mode ?? '',
      FEEDS_PROBE: '0',
      IMAGES_FETCH: '0',
      TRANSCRIPTS_FETCH: '0',
      SITE_URL: 'https://podcast.example.com/',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as BuildStep
}

/** Every file under `dir`: how many, how many bytes, and the largest. */
export function folderSize(dir: string): Omit<DeployFigures, 'seconds' | 'peakMb'> {
  let files = 0
  let bytes = 0
  let largest = { path: '', bytes: 0 }
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        const size = lstatSync(path).size
        files += 1
        bytes += size
        if (size > largest.bytes) largest = { path: path.slice(dir.length + 1), bytes: size }
      }
    }
  }
  walk(dir)
  return { files, bytes, largest }
}

export function ourBuild(catalog: string, outDir: string): DeployFigures {
  const site = viteBuild(catalog, outDir, null)
  const embed = viteBuild(catalog, outDir, 'embed')
  return {
    seconds: site.seconds + embed.seconds,
    peakMb: Math.max(site.peakMb, embed.peakMb),
    ...folderSize(outDir),
    steps: { site, embed },
  }
}

/** Hugo's configuration for the catalog: episodes under /episodes/<slug>/, as ours. */
function hugoConfig(catalog: string): string {
  const sections = readdirSync(catalog, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `  ${JSON.stringify(entry.name)}: /episodes/:slug/`)
  return [
    'baseURL: https://podcast.example.com/',
    'title: Podcast',
    'languageCode: en',
    `contentDir: ${JSON.stringify(catalog)}`,
    `layoutDir: ${JSON.stringify(resolve('scripts/hugo-site/layouts'))}`,
    'paginate: 24',
    'permalinks:',
    ...sections,
    'taxonomies:',
    '  guest: guests',
    '  technology: technologies',
    '  show: show',
    'frontmatter:',
    '  date: [publishedAt, date]',
    'outputs:',
    '  home: [HTML, RSS]',
    '  section: [HTML]',
    '  taxonomy: [HTML]',
    '  term: [HTML]',
    '',
  ].join('\n')
}

export function hugoBuild(catalog: string, siteDir: string, outDir: string): DeployFigures {
  mkdirSync(siteDir, { recursive: true })
  writeFileSync(join(siteDir, 'config.yaml'), hugoConfig(catalog))
  rmSync(outDir, { recursive: true, force: true })
  const started = performance.now()
  // GNU time reports the peak resident memory (kB) of the command it runs.
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'hugo', '--quiet', '--source', siteDir, '--destination', outDir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`hugo failed: ${run.stderr}`)
  const peakKb = Number(run.stderr.trim().split('\n').at(-1))
  return { seconds, peakMb: peakKb / 1024, ...folderSize(outDir) }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

const step = ({ seconds, peakMb }: BuildStep) => `${seconds.toFixed(1)} s, ${Math.round(peakMb)} MB`

/** One line of figures; ours says what its site and embed builds took. */
export function deployRow(name: string, figures: DeployFigures): string {
  const steps = figures.steps
    ? `; site ${step(figures.steps.site)}, embed ${step(figures.steps.embed)}`
    : ''
  return `  ${name.padEnd(5)} ${figures.seconds.toFixed(1).padStart(7)} s ${Math.round(figures.peakMb).toString().padStart(6)} MB peak ${figures.files.toString().padStart(8)} files ${mb(figures.bytes).padStart(10)}   largest ${figures.largest.path} (${mb(figures.largest.bytes)})${steps}`
}

export function compareDeploys(episodes: number, ours: DeployFigures, hugo: DeployFigures): string {
  return `  ours/hugo: ${(ours.seconds / hugo.seconds).toFixed(1)}× the time, ${(ours.bytes / hugo.bytes).toFixed(1)}× the bytes, ${(ours.files / hugo.files).toFixed(1)}× the files; ${((ours.seconds / episodes) * 1000).toFixed(2)} ms per episode`
}

/**
 * The figures of a build, or why it failed (a build that runs out of memory
 * aborts: its fatal error's line), so that Hugo's figures still follow.
 */
function tryBuild(run: () => DeployFigures): DeployFigures | string {
  try {
    return run()
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    const fatal = stderr.split('\n').find((line) => /FATAL ERROR|Error:/.test(line))
    return (fatal ?? (error as Error).message.split('\n')[0] ?? 'unknown error').trim()
  }
}

/** One episode in ten carries a transcript, as in the catalogs the build's budgets are set for. */
const TRANSCRIPTS = 0.1

/** Prints the figures at each size (BENCH_DEPLOY_EPISODES, default 1000 and 10,000) as they come. */
export async function main(
  sizes = (process.env.BENCH_DEPLOY_EPISODES ?? '1000,10000').split(',').map(Number),
  keep = false,
  transcripts = TRANSCRIPTS,
  hugo = true,
): Promise<void> {
  for (const tool of hugo ? ['/usr/bin/time', '/usr/bin/hugo'] : []) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install -y time hugo`)
  }
  for (const episodes of sizes) {
    const catalog = benchCatalog(episodes, transcripts)
    const ours = resolve(`.bench/deploy-ours-${episodes}`)
    const hugoOut = resolve(`.bench/deploy-hugo-${episodes}`)
    try {
      console.log(
        `${episodes} episodes, ${transcriptShareText(transcripts)}: build time, peak resident memory, what the deploy holds`,
      )
      // Each line as it comes: Hugo takes long on large catalogs.
      const oursFigures = tryBuild(() => ourBuild(catalog, ours))
      console.log(
        typeof oursFigures === 'string'
          ? `  ours  failed: ${oursFigures}`
          : deployRow('ours', oursFigures),
      )
      if (!hugo) continue
      const hugoFigures = hugoBuild(catalog, resolve('.bench/hugo-site'), hugoOut)
      console.log(deployRow('hugo', hugoFigures))
      if (typeof oursFigures !== 'string') {
        console.log(compareDeploys(episodes, oursFigures, hugoFigures))
      }
    } finally {
      if (!keep) for (const dir of [ours, hugoOut]) rmSync(dir, { recursive: true, force: true })
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      episodes: { type: 'string', default: '1000,10000' },
      keep: { type: 'boolean', default: false },
      transcripts: { type: 'string', default: String(TRANSCRIPTS) },
      // Ours alone: Hugo takes over an hour at 100,000 episodes.
      'no-hugo': { type: 'boolean', default: false },
    },
  })
  await main(
    values.episodes.split(',').map(Number),
    values.keep,
    Number(values.transcripts),
    !values['no-hugo'],
  )
}
