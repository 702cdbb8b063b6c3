/**
 * Audio benchmark: the app's player beside a bare <audio> element, on the same
 * 40-minute constant-bitrate MP3 of at least 50 MB, served with Range support
 * and paced at 1.6 Mbit/s. Prints audio bytes fetched on page view, Play →
 * first sound (time and bytes), and chapter press → playing at its start.
 *
 *   npx tsx scripts/bench-audio.ts        (or through `npm run bench`)
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from '@playwright/test'
import { buildApp, startAppServer } from '../tests/support/serve-app.ts'

const SEED = 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist'
const AUDIO_PATH = `/audio/${SEED}.mp3`
const CHAPTER = { title: 'Comparing Immutable Operating Systems', start: 1425 }
const LINK_BITS_PER_SECOND = 1_600_000
const MIN_FILE_BYTES = 50 * 1000 * 1000
const RUNS = Number(process.env.BENCH_AUDIO_RUNS ?? 3)
const port = Number(process.env.BENCH_AUDIO_PORT ?? 4395)

/** A 40-minute CBR MP3 of silence at 192 kbps (about 57.6 MB); made once. */
export function generateBenchAudio(file = resolve('.bench/audio-40min-192k.mp3')): string {
  if (existsSync(file) && statSync(file).size >= MIN_FILE_BYTES) return file
  mkdirSync(resolve(file, '..'), { recursive: true })
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' })
  } catch {
    throw new Error(
      'the audio benchmark makes its 40-minute test file with ffmpeg, which is not installed: apt-get install ffmpeg',
    )
  }
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=stereo', '-t', '2400'],
    ...['-c:a', 'libmp3lame', '-b:a', '192k', file],
  ])
  if (statSync(file).size < MIN_FILE_BYTES) throw new Error(`${file} is smaller than 50 MB`)
  return file
}

export interface AudioFigures {
  pageViewBytes: number
  firstSoundMs: number
  firstSoundBytes: number
  chapterMs: number
}

// Page code goes in as text: tsx would wrap named functions in a helper the page lacks.
// It remembers the press and the episode's media element.
const instrument = `
  const bench = { press: 0, media: null }
  window.__bench = bench
  document.addEventListener('pointerdown', () => { bench.press = performance.now() }, true)
  const play = HTMLMediaElement.prototype.play
  HTMLMediaElement.prototype.play = function () {
    if (this.src.includes('.mp3')) bench.media = this
    return play.call(this)
  }
`

/** Milliseconds from the press until the media plays past `min` (and below `max`). */
function waitForSound(page: Page, min: number, max: number): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const bench = window.__bench
    const check = () => {
      const media = bench.media
      if (media && !media.paused && media.currentTime > ${min} && media.currentTime < ${max}) {
        done(performance.now() - bench.press)
      } else requestAnimationFrame(check)
    }
    check()
  })`)
}

/** For the bare element: the press is the play() call or the currentTime assignment. */
const pressInPage = (page: Page, action: 'play' | number) =>
  page.evaluate(`(() => {
    const audio = document.querySelector('audio')
    window.__bench.media = audio
    window.__bench.press = performance.now()
    ${action === 'play' ? 'void audio.play()' : `audio.currentTime = ${action}`}
  })()`)

async function measure(browser: Browser, url: string, bytes: () => number, bare: boolean) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript({ content: instrument })
  try {
    await page.goto(url)
    // Whatever the page fetches on its own (preload, idle work) has time to happen.
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1500)
    const pageViewBytes = bytes()

    const firstSound = waitForSound(page, 0.01, 60)
    if (bare) await pressInPage(page, 'play')
    else await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
    const firstSoundMs = await firstSound
    const firstSoundBytes = bytes() - pageViewBytes

    await page.waitForTimeout(2000)
    const atChapter = waitForSound(page, CHAPTER.start + 0.01, CHAPTER.start + 15)
    if (bare) await pressInPage(page, CHAPTER.start)
    else
      await page
        .getByRole('list', { name: 'Chapters' })
        .getByRole('button', { name: CHAPTER.title })
        .click()
    const chapterMs = await atChapter
    return { pageViewBytes, firstSoundMs, firstSoundBytes, chapterMs }
  } finally {
    await context.close()
    // Let the server notice the closed connections before the next run counts bytes.
    await new Promise((settled) => setTimeout(settled, 1000))
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function medianFigures(runs: AudioFigures[]): AudioFigures {
  return {
    pageViewBytes: median(runs.map((run) => run.pageViewBytes)),
    firstSoundMs: median(runs.map((run) => run.firstSoundMs)),
    firstSoundBytes: median(runs.map((run) => run.firstSoundBytes)),
    chapterMs: median(runs.map((run) => run.chapterMs)),
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export function formatAudioFigures(
  app: AudioFigures,
  bare: AudioFigures,
  fileBytes: number,
): string {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
  const rows = [
    ['', 'app', 'bare <audio>', 'ratio', 'target'],
    [
      'audio bytes on page view',
      `${app.pageViewBytes} B`,
      `${bare.pageViewBytes} B`,
      '',
      `0 B: ${verdict(app.pageViewBytes === 0)}`,
    ],
    [
      'Play → first sound',
      seconds(app.firstSoundMs),
      seconds(bare.firstSoundMs),
      ratio(app.firstSoundMs, bare.firstSoundMs),
      `≤ 1.5×: ${verdict(app.firstSoundMs <= 1.5 * bare.firstSoundMs)}`,
    ],
    [
      'bytes fetched by first sound',
      kB(app.firstSoundBytes),
      kB(bare.firstSoundBytes),
      ratio(app.firstSoundBytes, bare.firstSoundBytes),
      `≤ 256 kB: ${verdict(app.firstSoundBytes <= 256_000)}`,
    ],
    [
      `chapter press → playing at ${CHAPTER.start} s`,
      seconds(app.chapterMs),
      seconds(bare.chapterMs),
      ratio(app.chapterMs, bare.chapterMs),
      `≤ 1.5×: ${verdict(app.chapterMs <= 1.5 * bare.chapterMs)}`,
    ],
  ]
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  const table = rows.map(
    (row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`,
  )
  return [
    `  ${(fileBytes / 1e6).toFixed(1)} MB, 40 min CBR MP3 at 192 kbps, Range requests, paced at ${LINK_BITS_PER_SECOND / 1e6} Mbit/s; median of ${RUNS} runs in Chromium`,
    ...table,
  ].join('\n')
}

/** Runs the benchmark and returns the printed table. */
export async function main(): Promise<string> {
  const audioFile = generateBenchAudio()
  const prebuilt = process.env.BENCH_SAMPLE_DIST_DIR
  const root = prebuilt && existsSync(prebuilt) ? prebuilt : resolve('.bench/dist-audio')
  if (root !== prebuilt) await buildApp('episodes', root)
  const barePage = resolve('.bench/bare-audio.html')
  writeFileSync(
    barePage,
    `<!doctype html><title>bare</title><audio preload="none" src="${AUDIO_PATH}"></audio>`,
  )

  let sent = 0
  const server = await startAppServer({
    root,
    port,
    audioBytesPerSecond: LINK_BITS_PER_SECOND / 8,
    overrides: { [AUDIO_PATH]: audioFile, '/bench/bare-audio.html': barePage },
    onAudioBytes: (path, bytes) => {
      if (path === AUDIO_PATH) sent += bytes
    },
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
  })
  try {
    const base = `http://127.0.0.1:${port}`
    const run = async (url: string, bare: boolean) => {
      sent = 0
      const start = () => sent
      return measure(browser, url, start, bare)
    }
    const app: AudioFigures[] = []
    const bare: AudioFigures[] = []
    for (let index = 0; index < RUNS; index++) {
      bare.push(await run(`${base}/bench/bare-audio.html`, true))
      app.push(await run(`${base}/episodes/${SEED}`, false))
    }
    return formatAudioFigures(medianFigures(app), medianFigures(bare), statSync(audioFile).size)
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await main())
}
