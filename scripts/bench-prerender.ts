/**
 * Prerendering at scale: builds the synthetic catalog with and without the
 * prerendered pages, in one run, and prints both build times and peak memory,
 * the number and size of the HTML files, and the HTML of the episode page with
 * the most chapters.
 *
 *   npx tsx scripts/bench-module.ts bench-prerender.ts   (part of `npm run bench`)
 *   BENCH_EPISODES=1000 npx tsx scripts/bench-module.ts bench-prerender.ts
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { generateCatalog, isGeneratedCatalog } from './generate-catalog.ts'

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

interface BuildFigures {
  seconds: number
  /** The build process's peak resident memory. */
  peakMb: number
}

// Each build runs in a process of its own, so that its peak memory is its own.
const BUILD_ONCE = `
const { build } = await import('vite')
const started = performance.now()
await build({ logLevel: 'silent', build: { outDir: process.env.BENCH_OUT_DIR, emptyOutDir: true } })
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }))
`

/** Builds the app for `catalog` with the production settings. */
function timedBuild(catalog: string, outDir: string, prerender: boolean): BuildFigures {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_ONCE], {
    env: {
      ...process.env,
      EPISODES_DIR: catalog,
      PRERENDER: prerender ? '1' : '0',
      BENCH_OUT_DIR: outDir,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as BuildFigures
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'data' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** The slug of the published episode with the most chapters, from the episodes' documents. */
function mostChapters(dist: string): { slug: string; chapters: number } {
  const folder = join(dist, 'data/episodes')
  let top = { slug: '', chapters: -1 }
  for (const name of readdirSync(folder)) {
    const episode = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
      slug: string
      chapters: unknown[]
    }
    if (episode.chapters.length > top.chapters) {
      top = { slug: episode.slug, chapters: episode.chapters.length }
    }
  }
  return top
}

export async function main(): Promise<string> {
  const episodes = Number(process.env.BENCH_EPISODES ?? 10_000)
  const catalog = process.env.BENCH_CATALOG_DIR ?? resolve(`.bench/catalog-${episodes}`)
  if (!isGeneratedCatalog(catalog, episodes)) generateCatalog({ count: episodes, out: catalog })
  const bare = resolve('.bench/prerender-off')
  const full = resolve('.bench/prerender-on')
  const lines: string[] = []
  try {
    const without = timedBuild(catalog, bare, false)
    const withPages = timedBuild(catalog, full, true)
    lines.push(
      `  build, ${episodes} episodes: ${without.seconds.toFixed(1)} s without prerendering, ${withPages.seconds.toFixed(1)} s with (${(withPages.seconds / without.seconds).toFixed(1)}×)`,
      `  peak memory of the build: ${Math.round(without.peakMb)} MB without prerendering, ${Math.round(withPages.peakMb)} MB with`,
    )
    const files = htmlFiles(full)
    let raw = 0
    let gzip = 0
    for (const file of files) {
      const content = readFileSync(file)
      raw += content.length
      gzip += gzipSync(content).length
    }
    lines.push(
      `  HTML written: ${files.length} files, ${(raw / 1e6).toFixed(1)} MB (${(gzip / 1e6).toFixed(1)} MB gzip), ${kB(raw / files.length)} per file`,
    )
    const { slug, chapters } = mostChapters(full)
    const episodePage = readFileSync(join(full, 'episodes', slug, 'index.html'))
    lines.push(
      `  episode page with ${chapters} chapters: ${kB(episodePage.length)}, ${kB(gzipSync(episodePage).length)} gzip (target ≤ 30 kB gzip)`,
    )
    const home = readFileSync(join(full, 'index.html'))
    lines.push(
      `  home page (its introduction and first 24 episodes, never the catalog): ${kB(home.length)}, ${kB(gzipSync(home).length)} gzip; 404.html ${kB(statSync(join(full, '404.html')).size)}`,
    )
  } finally {
    rmSync(bare, { recursive: true, force: true })
    rmSync(full, { recursive: true, force: true })
  }
  return lines.join('\n')
}
