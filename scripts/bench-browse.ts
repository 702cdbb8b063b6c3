/**
 * Browsing at scale: generates a synthetic catalog (10,000 episodes by default,
 * one in ten with a one-hour transcript), builds and serves it, and measures in
 * Chromium the home page's first card, the first search and the first filter
 * click after load (fresh contexts: time and bytes), later keystrokes and
 * clicks once their parts are loaded, the list while it scrolls, and the heap.
 *
 *   npx tsx scripts/bench-browse.ts [--count 10000] [--port 4345] [--reuse]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { firstFilterClick, firstSearch, probedPage, viewport } from './browse/first-use.ts'
import { panelOptions, titleWords } from './browse/home-page.ts'
import { firstCardTime } from './browse/in-page.ts'
import { laterFilterClicks, laterKeystrokes } from './browse/later-use.ts'
import { scrollDown } from './browse/list-scroll.ts'
import { type BrowseBenchResult, formatBrowseBench } from './browse/report.ts'
import { watchTransfers } from './browse/transfers.ts'
import { benchCatalog } from './generate-catalog.ts'

export { type BrowseBenchResult, browseTargets, formatBrowseBench } from './browse/report.ts'

export interface BrowseBenchOptions {
  count?: number
  port?: number
  /** Keep an existing build of the same catalog instead of rebuilding it. */
  reuse?: boolean
}

/** One episode in ten carries a one-hour transcript, as in the catalogs the budgets are set for. */
const TRANSCRIPTS = 0.1
/** Fresh contexts for the first search and for the first filter click. */
const FIRST_USES = 5
const SCROLLS = 10

function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or apt-get install chromium')
  return found
}

/** Builds the catalog into `.bench/dist-<count>-transcripts-0.1`, noting which catalog it was. */
async function buildCatalog(count: number, reuse: boolean): Promise<string> {
  const catalog = benchCatalog(count, TRANSCRIPTS)
  const outDir = resolve('.bench', basename(catalog).replace(/^catalog-/, 'dist-'))
  const stamp = join(outDir, '.built-from.json')
  // The catalog's folder is written last by its marker: its time names that generation.
  const source = `${JSON.stringify({ catalog, written: statSync(catalog).mtimeMs })}\n`
  if (reuse && existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return outDir
  process.env.EPISODES_DIR = catalog
  process.env.BASE_PATH = '/'
  process.env.IMAGES_FETCH ??= '0'
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  writeFileSync(stamp, source)
  return outDir
}

function serve(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['tsx', 'tests/support/serve-app.ts', '--no-build', '--out', outDir, '--port', String(port)],
    // Its own process group, so that stopping it also stops the node process npx starts.
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  )
  return new Promise((done, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) done(server)
    })
    server.on('exit', (code) => fail(new Error(`the server stopped (exit ${code})`)))
  })
}

export async function runBrowseBench(options: BrowseBenchOptions = {}): Promise<BrowseBenchResult> {
  const count = options.count ?? 10_000
  const port = options.port ?? 4345
  const outDir = await buildCatalog(count, options.reuse ?? false)
  const server = await serve(outDir, port)
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  })
  const url = `http://127.0.0.1:${port}/`
  const loadAtStart = loadavg()[0] ?? 0
  try {
    // Load, heap and scrolling, on a page with nothing of the benchmark's in it.
    const page = await browser.newPage({ viewport })
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn')
    const loads: number[] = []
    for (let run = 0; run < 5; run++) loads.push(await firstCardTime(page, url))
    await page
      .getByRole('status')
      .filter({ hasText: /episodes$/ })
      .waitFor()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const top = await page.locator('main article').count()
    const scrolled = await scrollDown(page, SCROLLS)
    await page.context().close()

    // Later keystrokes and clicks, on one page that keeps what it loaded.
    const warm = await probedPage(browser)
    const log = await watchTransfers(warm)
    await warm.goto(url, { waitUntil: 'networkidle' })
    const words = await titleWords(url, 16)
    const technologies = await panelOptions(warm, 'Technologies')
    const guests = await panelOptions(warm, 'Guests')
    const keystrokes = await laterKeystrokes(warm, log, words)
    const names = technologies.slice(0, 8).map((option) => option.name)
    const clicks = await laterFilterClicks(warm, log, 'Technologies', names)
    await warm.context().close()

    // The first search and the first click after load, each in a fresh context.
    const searches = []
    for (const word of words.slice(0, FIRST_USES)) {
      const expected = keystrokes.results.get(word)
      if (expected) searches.push(await firstSearch(browser, url, word, expected))
    }
    const picks = [
      ['Technologies', technologies[0]],
      ['Guests', guests[0]],
      ['Technologies', technologies[5]],
      ['Guests', guests[5]],
      ['Technologies', technologies[10]],
    ] as const
    const firstClicks = []
    for (const [legend, option] of picks.slice(0, FIRST_USES)) {
      if (option) firstClicks.push(await firstFilterClick(browser, url, legend, option))
    }

    return {
      episodes: count,
      transcripts: TRANSCRIPTS,
      firstCardMs: [...loads].sort((a, b) => a - b)[2] ?? 0,
      firstSearch: searches,
      firstFilterClick: firstClicks,
      filterClick: clicks,
      searchKeystroke: keystrokes,
      cards: { top, ...scrolled },
      heapMb: heap.usedSize / 1024 / 1024,
      load: { start: loadAtStart, end: loadavg()[0] ?? 0, cores: availableParallelism() },
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      port: { type: 'string', default: '4345' },
      reuse: { type: 'boolean', default: false },
    },
  })
  const result = await runBrowseBench({
    count: Number(values.count),
    port: Number(values.port),
    reuse: values.reuse,
  })
  console.log(formatBrowseBench(result))
}
