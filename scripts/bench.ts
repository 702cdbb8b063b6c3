/**
 * `npm run bench`: one run that prints every size and speed figure.
 * Builds the app with the synthetic 10,000-episode catalog, measures what the
 * home page loads, runs the content, browsing and audio benchmarks, then
 * Lighthouse on the sample catalog's home and episode pages.
 *
 *   npm run bench                 BENCH_EPISODES=1000 npm run bench (a quicker run)
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { startGzipProxy } from './bench-gzip-proxy.ts'
import { formatScores, runLighthouse } from './bench-lighthouse.ts'
import { formatAssets, measureInitialAssets } from './bench-sizes.ts'
import { generateCatalog, isGeneratedCatalog } from './generate-catalog.ts'

const episodes = Number(process.env.BENCH_EPISODES ?? 10_000)
const port = Number(process.env.BENCH_PORT ?? 4390)
const catalogDir = resolve(`.bench/catalog-${episodes}`)
const seedEpisode = 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist'

/** The builds and servers this run set up, announced to the modules as BENCH_* variables. */
export interface BenchContext {
  /** The synthetic catalog's folder and size. */
  catalogDir: string
  episodes: number
  /** The production build of the synthetic catalog, and where it is served. */
  distDir: string
  url: string
  /** The production build of the sample catalog (episodes/, public/audio), and where it is served. */
  sampleDistDir: string
  sampleUrl: string
  chromePath: string
}

const heading = (title: string) => console.log(`\n== ${title}`)

function chromePath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path): path is string =>
    Boolean(path && existsSync(path)),
  )
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or apt-get install chromium')
  return found
}

/** Builds a catalog with the production settings and serves it like a static host. */
async function buildAndServe(catalog: string, out: string, servePort: number) {
  const started = performance.now()
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/support/serve-app.ts',
      '--catalog',
      catalog,
      '--out',
      out,
      '--port',
      String(servePort),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((done, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) done()
    })
    server.once('exit', (code) => fail(new Error(`building ${catalog} failed (exit ${code})`)))
  })
  const seconds = (performance.now() - started) / 1000
  return { server, url: `http://127.0.0.1:${servePort}/`, seconds }
}

type BenchModule = Record<string, unknown>

/** A module's `main()` or default export, called with no arguments; it prints its own figures. */
async function runMain(module: BenchModule): Promise<void> {
  const entry = module.main ?? module.default
  if (typeof entry !== 'function')
    throw new Error('it exports neither main() nor a default function')
  const result: unknown = await entry()
  if (typeof result === 'string') console.log(result)
}

/** Browsing reuses the synthetic build made above (same folder) instead of building again. */
async function runBrowse(module: BenchModule): Promise<void> {
  const { runBrowseBench, formatBrowseBench } = module as Partial<
    typeof import('./bench-browse.ts')
  >
  if (!runBrowseBench || !formatBrowseBench) {
    throw new Error('it exports no runBrowseBench() and formatBrowseBench()')
  }
  console.log(
    formatBrowseBench(await runBrowseBench({ count: episodes, reuse: true, port: port + 3 })),
  )
}

/** Runs one benchmark module if it exists; a missing or failing one is reported, not fatal. */
async function runModule(file: string, run: (module: BenchModule) => Promise<void>) {
  heading(file)
  if (!existsSync(resolve('scripts', file))) {
    console.log(`  not run: scripts/${file} does not exist yet`)
    return 'missing'
  }
  try {
    await run(await import(`./${file}`))
    return 'ran'
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
    console.log(`  failed: ${reason}`)
    process.exitCode = 1
    return 'failed'
  }
}

const servers: ChildProcess[] = []
process.on('exit', () => {
  for (const server of servers) server.kill()
})

heading(`Synthetic catalog: ${episodes} episodes`)
if (isGeneratedCatalog(catalogDir, episodes)) {
  console.log(`  reusing ${catalogDir}`)
} else {
  const started = performance.now()
  const generated = generateCatalog({ count: episodes, out: catalogDir })
  console.log(
    `  generated ${generated.episodes} episodes, ${generated.chapters} chapters in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}

const synthetic = await buildAndServe(catalogDir, `.bench/dist-${episodes}`, port)
servers.push(synthetic.server)
console.log(`  app build (vite build with the content plugin): ${synthetic.seconds.toFixed(1)} s`)
const sample = await buildAndServe('episodes', '.bench/dist-sample', port + 1)
servers.push(sample.server)

const context: BenchContext = {
  catalogDir,
  episodes,
  distDir: resolve(`.bench/dist-${episodes}`),
  url: synthetic.url,
  sampleDistDir: resolve('.bench/dist-sample'),
  sampleUrl: sample.url,
  chromePath: chromePath(),
}

// Modules that want the builds above instead of making their own read these.
Object.assign(process.env, {
  BENCH_CATALOG_DIR: context.catalogDir,
  BENCH_EPISODES: String(context.episodes),
  BENCH_DIST_DIR: context.distDir,
  BENCH_URL: context.url,
  BENCH_SAMPLE_DIST_DIR: context.sampleDistDir,
  BENCH_SAMPLE_URL: context.sampleUrl,
  CHROME_PATH: context.chromePath,
})

heading(`Initial JS and CSS of the home page (${episodes} episodes)`)
const browser = await chromium.launch({
  executablePath: context.chromePath,
  args: ['--no-sandbox'],
})
try {
  const page = await browser.newPage()
  console.log(formatAssets(await measureInitialAssets(page, context.url)))
} finally {
  await browser.close()
}

const outcomes: Record<string, string> = {}
outcomes['bench-content.ts'] = await runModule('bench-content.ts', runMain)
outcomes['bench-browse.ts'] = await runModule('bench-browse.ts', runBrowse)
outcomes['bench-audio.ts'] = await runModule('bench-audio.ts', runMain)

heading(
  'Lighthouse 12.8, mobile preset, median of 3 runs, sample catalog served with gzip (targets: 95 / 100 / 100 / 90)',
)
const gzipProxy = await startGzipProxy(port + 1, port + 2)
const served = `http://127.0.0.1:${port + 2}/`
console.log(formatScores(await runLighthouse([served, `${served}episodes/${seedEpisode}`])))
gzipProxy.close()

heading('Benchmark modules')
for (const [file, outcome] of Object.entries(outcomes)) console.log(`  ${file}: ${outcome}`)
process.exit()
