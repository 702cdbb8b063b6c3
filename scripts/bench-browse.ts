/**
 * Browsing at scale: generates a synthetic catalog (10,000 episodes by default),
 * builds and serves it, and measures in Chromium how fast the home page shows
 * cards and answers filter clicks and search keystrokes.
 *
 *   npx tsx scripts/bench-browse.ts [--count 10000] [--port 4345] [--reuse]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import {
  filterClicks,
  firstCardTime,
  installProbe,
  searchKeystrokes,
  searchWords,
} from './browse/in-page.ts'
import { generateCatalog, isGeneratedCatalog } from './generate-catalog.ts'

export interface BrowseBenchOptions {
  count?: number
  port?: number
  /** Keep an existing build of the same catalog instead of rebuilding it. */
  reuse?: boolean
}

export interface Timings {
  samples: number
  p50: number
  p95: number
  max: number
}

export interface BrowseBenchResult {
  episodes: number
  /** Navigation start → first episode card in the DOM (median of 5 loads), ms. */
  firstCardMs: number
  /** Event → new result count in the DOM, ms. */
  filterClick: Timings
  searchKeystroke: Timings
  /** Episode cards in the DOM at the top and after scrolling to the bottom. */
  cardsInDom: { top: number; bottom: number }
  /** The last episode of the catalog was rendered after scrolling to the end. */
  reachedLastEpisode: boolean
  /** Used JS heap after load and a garbage collection, MB. */
  heapMb: number
}

export const browseTargets = { firstCardMs: 1500, p95Ms: 50, heapMb: 60 } as const

function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or apt-get install chromium')
  return found
}

function summarize(values: number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  return { samples: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 }
}

async function buildCatalog(count: number, reuse: boolean): Promise<string> {
  const catalog = resolve(`.bench/catalog-${count}`)
  const outDir = resolve(`.bench/dist-${count}`)
  const fresh = isGeneratedCatalog(catalog, count)
  if (!fresh) generateCatalog({ count, out: catalog })
  if (reuse && fresh && existsSync(resolve(outDir, 'data/episodes.json'))) return outDir
  process.env.EPISODES_DIR = catalog
  process.env.BASE_PATH = '/'
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
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
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn')
    const url = `http://127.0.0.1:${port}/`
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

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const lastTitle = await page.evaluate(async () => {
      const response = await fetch('/data/episodes.json')
      const catalog = (await response.json()) as { episodes: Array<{ title: string }> }
      return catalog.episodes.at(-1)?.title ?? ''
    })
    const reachedLastEpisode = await page
      .getByRole('heading', { level: 2, name: lastTitle, exact: true })
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      )
    const bottom = await page.locator('main article').count()
    await page.evaluate(() => window.scrollTo(0, 0))

    await page.addInitScript(installProbe)
    await page.goto(url)
    await page
      .getByRole('status')
      .filter({ hasText: /episodes$/ })
      .waitFor()
    const words = await searchWords(page)
    const filterClick = summarize(await filterClicks(page))
    const searchKeystroke = summarize(await searchKeystrokes(page, words))

    return {
      episodes: count,
      firstCardMs: summarize(loads).p50,
      filterClick,
      searchKeystroke,
      cardsInDom: { top, bottom },
      reachedLastEpisode,
      heapMb: heap.usedSize / 1024 / 1024,
    }
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

export function formatBrowseBench(result: BrowseBenchResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const timing = (t: Timings) =>
    `p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, max ${ms(t.max)} over ${t.samples} samples`
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET')
  return [
    `Browsing ${result.episodes.toLocaleString('en')} episodes (Chromium, localhost)`,
    `  first card visible after navigation: ${ms(result.firstCardMs)} (target ≤ ${browseTargets.firstCardMs} ms: ${verdict(result.firstCardMs <= browseTargets.firstCardMs)})`,
    `  filter click → new count: ${timing(result.filterClick)} (${verdict(result.filterClick.p95 <= browseTargets.p95Ms)})`,
    `  search keystroke → new count: ${timing(result.searchKeystroke)} (${verdict(result.searchKeystroke.p95 <= browseTargets.p95Ms)})`,
    `  episode cards in the DOM: ${result.cardsInDom.top} at the top, ${result.cardsInDom.bottom} at the bottom; last episode reached: ${result.reachedLastEpisode ? 'yes' : 'NO'}`,
    `  JS heap after load: ${result.heapMb.toFixed(1)} MB (target ≤ ${browseTargets.heapMb} MB: ${verdict(result.heapMb <= browseTargets.heapMb)})`,
  ].join('\n')
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
