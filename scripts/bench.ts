/**
 * `npm run bench`: one run that prints every size and speed figure.
 * Runs the content benchmark, builds the app with the synthetic 10,000-episode
 * catalog, measures what the home page loads, runs the browsing and audio
 * benchmarks, then Lighthouse on the sample catalog's home and episode pages.
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

/** Runs one benchmark module in its own process; a missing or failing one is reported, not fatal. */
function runModule(file: string): Promise<string> {
  heading(file)
  // --expose-gc: modules that report what one step holds collect the garbage before measuring.
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench-module.ts', file],
    {
      stdio: 'inherit',
    },
  )
  return new Promise((done) => {
    child.once('exit', (code, signal) => {
      if (code === 0) return done('ran')
      if (code === 2) return done('missing')
      if (signal || code !== 1) console.log(`  crashed (${signal ?? `exit ${code}`})`)
      process.exitCode = 1
      done('failed')
    })
  })
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

// The content benchmark runs first, on a quiet disk: the builds below write (and
// delete) tens of thousands of files, and the disk is still busy with them for a while
// after, which would weigh on whichever contender writes more.
const outcomes: Record<string, string> = {}
outcomes['bench-content.ts'] = await runModule('bench-content.ts')
outcomes['bench-feeds.ts'] = await runModule('bench-feeds.ts')
// The static index's parts at 10,000 and 100,000 episodes, read back as the browser would.
outcomes['bench-browse-index.ts'] = await runModule('bench-browse-index.ts')
outcomes['bench-search-index.ts'] = await runModule('bench-search-index.ts')
outcomes['bench-transcripts.ts'] = await runModule('bench-transcripts.ts')

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
  BENCH_BROWSE_PORT: String(port + 3),
  BENCH_AUDIO_PORT: String(port + 4),
  BENCH_TRANSCRIPT_PORT: String(port + 6),
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

for (const file of [
  'bench-browse.ts',
  'bench-audio.ts',
  'bench-requests.ts',
  'bench-transcript.ts',
]) {
  outcomes[file] = await runModule(file)
}

heading(
  'Lighthouse 12.8, mobile preset, median of 3 runs, sample catalog served with gzip (targets: 99 / 100 / 100 / 100)',
)
const gzipProxy = await startGzipProxy(port + 1, port + 2)
const served = `http://127.0.0.1:${port + 2}/`
console.log(formatScores(await runLighthouse([served, `${served}episodes/${seedEpisode}`])))
gzipProxy.close()

// Last: its two builds of the synthetic catalog write tens of thousands of files.
outcomes['bench-prerender.ts'] = await runModule('bench-prerender.ts')
// What a deploy holds, beside Hugo's build of the same catalog (1,000 and 10,000 episodes).
outcomes['bench-deploy.ts'] = await runModule('bench-deploy.ts')

heading('Benchmark modules')
for (const [file, outcome] of Object.entries(outcomes)) console.log(`  ${file}: ${outcome}`)
process.exit()
