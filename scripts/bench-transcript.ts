/**
 * A three-hour transcript on an episode page: the sample catalog, with a
 * WebVTT transcript of 2,500 cues (about 27,000 words) beside its seed episode,
 * built for production like any other, then measured in Chromium: the
 * prerendered page's size, the layout shift when the app takes it over, the
 * time the current paragraph takes to move per position change, and the
 * longest task while the episode plays with Follow on.
 *
 *   npx tsx scripts/bench-module.ts bench-transcript.ts   (part of `npm run bench`)
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Page } from '@playwright/test'
import type { TranscriptDocument } from '../src/content/documents.ts'
import { buildApp, startAppServer } from '../tests/support/serve-app.ts'
import {
  longestFrameGap,
  longestTaskSince,
  readLayoutShift,
  timeParagraphMoves,
  watchPage,
} from './transcript-bench/in-page.ts'
import { longVtt } from './transcript-bench/long-vtt.ts'
import { mainThreadTasks } from './transcript-bench/main-thread-tasks.ts'

const SEED = 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist'
const SEED_FOLDER = 'cloud-native-compass/2025'
const VOICES = ['Mauro Morales', 'dimitris-karakasilis', 'Audience member']
const THREE_HOURS = 3 * 3600
const CUES = 2500
// `toplevel` holds the main thread's tasks (RunTask), with their CPU time.
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline']
const port = Number(process.env.BENCH_TRANSCRIPT_PORT ?? 4396)
const budgets = { gzipKb: 150, shift: 0.02, moveMs: 4, taskMs: 50 }

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value: number) => `${value.toFixed(2)} ms`
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET')
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor(values.length * share))
  ] ?? 0

const words = (transcript: TranscriptDocument) =>
  transcript.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.split(/\s+/).length, 0)

async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root')
    return root ? Object.keys(root).some((key) => key.startsWith('__reactContainer$')) : false
  })
}

async function openEpisode(browser: Browser, query: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 740 } })
  await page.addInitScript(watchPage)
  await page.goto(`http://127.0.0.1:${port}/episodes/${SEED}${query}`)
  await hydrated(page)
  await page.getByRole('button', { name: 'Follow' }).waitFor()
  return page
}

export async function main(): Promise<string> {
  const catalog = resolve('.bench/transcript-catalog')
  const out = resolve('.bench/transcript-dist')
  // BENCH_TRANSCRIPT_REUSE=1 measures the last build again.
  if (process.env.BENCH_TRANSCRIPT_REUSE !== '1') await buildLongTranscript(catalog, out)
  return measure(out)
}

async function buildLongTranscript(catalog: string, out: string) {
  rmSync(catalog, { recursive: true, force: true })
  cpSync('episodes', catalog, { recursive: true })
  const vtt = longVtt(VOICES, CUES, THREE_HOURS)
  const episodeFile = join(catalog, SEED_FOLDER, `${SEED}.md`)
  // Cues past an episode's end are left out: the episode says it lasts three hours
  // (its demo audio still plays 40 minutes).
  const markdown = readFileSync(episodeFile, 'utf8')
  writeFileSync(episodeFile, markdown.replace(/^duration: \d+$/m, `duration: ${THREE_HOURS}`))
  writeFileSync(join(catalog, SEED_FOLDER, `${SEED}.vtt`), vtt.text)
  await buildApp(catalog, out)
}

async function measure(out: string): Promise<string> {
  const html = readFileSync(join(out, 'episodes', SEED, 'index.html'))
  const transcript = JSON.parse(
    readFileSync(join(out, 'data/transcripts', `${SEED}.json`), 'utf8'),
  ) as TranscriptDocument
  const gzip = gzipSync(html).length
  const lines = [
    `  transcript: ${CUES} cues, ${words(transcript)} words over 3 hours → ${transcript.paragraphs.length} paragraphs, ${transcript.headings.length} chapter headings`,
    `  prerendered episode page: ${kB(html.length)} raw, ${kB(gzip)} gzip (budget ≤ ${budgets.gzipKb} kB gzip): ${verdict(gzip / 1024 <= budgets.gzipKb)}`,
  ]

  const server = await startAppServer({ root: out, port })
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
  })
  try {
    for (const width of [1280, 360]) {
      const page = await openEpisode(browser, '', width)
      const shift = await page.evaluate(readLayoutShift)
      const takeover = await page.evaluate(longestTaskSince, 0)
      lines.push(
        `  layout shift when the app takes over, ${width} px wide: ${shift.toFixed(4)} (budget ≤ ${budgets.shift}): ${verdict(shift <= budgets.shift)}; longest task while loading ${takeover > 0 ? ms(takeover) : 'none over 50 ms'}`,
      )
      await page.close()
    }

    const page = await openEpisode(browser, '?t=0', 1280)
    await page.getByRole('slider', { name: 'Seek' }).waitFor()
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const moves = await page.evaluate(timeParagraphMoves, { first: 1, count: 200 })
    const seekTasks = mainThreadTasks(await browser.stopTracing())
    const median = percentile(moves, 0.5)
    const p95 = percentile(moves, 0.95)
    lines.push(
      `  current paragraph moved, per position change (${moves.length} seeks), by the clock: median ${ms(median)}, p95 ${ms(p95)}, worst ${ms(Math.max(...moves))} (budget ≤ ${budgets.moveMs} ms): ${verdict(median <= budgets.moveMs)}`,
      `    main-thread tasks during those seeks, CPU time: p95 ${ms(seekTasks.p95CpuMs)}, longest ${ms(seekTasks.longestCpuMs)} (${seekTasks.count} tasks)`,
    )

    await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
    await page.getByRole('button', { name: 'Pause', exact: true }).first().waitFor()
    // From the first sound on: loading the audio engine is the player's, measured elsewhere.
    const since = await page.evaluate(() => performance.now())
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const gap = await page.evaluate(longestFrameGap, 20)
    const playTasks = mainThreadTasks(await browser.stopTracing())
    const task = await page.evaluate(longestTaskSince, since)
    const follow = await page.getByRole('button', { name: 'Follow' }).getAttribute('aria-pressed')
    lines.push(
      `  while playing 20 s with Follow ${follow === 'true' ? 'on' : 'off'}: longest task by CPU time ${ms(playTasks.longestCpuMs)} (budget ≤ ${budgets.taskMs} ms): ${verdict(playTasks.longestCpuMs <= budgets.taskMs)}`,
      `    by the clock: longest task ${task > 0 ? ms(task) : 'none over 50 ms'}, longest frame ${ms(gap)}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    )
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
  }
  return lines.join('\n')
}
