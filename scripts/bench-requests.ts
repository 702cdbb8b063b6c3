/**
 * `npm run bench` part: a 1,000-step seeded random sequence of player requests
 * (play, pause, toggle, seek, skip, chapter, rate, switching episode, gaps of
 * 0–400 ms) in Chromium against a 40-minute MP3 streamed at 1.6 Mbit/s; prints
 * how many steps ran and how many bursts ended elsewhere than asked.
 *
 *   npx tsx scripts/bench-requests.ts [--steps 1000] [--seed 1]
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { runRandomRequests } from '../tests/support/random-requests.ts'
import {
  openRandomRequestPage,
  startSlowAudioServer,
} from '../tests/support/random-requests-page.ts'
import { buildApp } from '../tests/support/serve-app.ts'

export async function main(): Promise<string> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { steps: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
    strict: false,
  })
  const steps = Number(values.steps)
  const seed = Number(values.seed)
  const prebuilt = process.env.BENCH_SAMPLE_DIST_DIR
  const root = prebuilt && existsSync(prebuilt) ? prebuilt : resolve('.bench/dist-requests')
  if (root !== prebuilt) await buildApp('episodes', root)
  const { server, base } = await startSlowAudioServer(root)
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
  try {
    const page = await browser.newPage()
    const episodes = await openRandomRequestPage(page, base)
    const started = performance.now()
    const result = await runRandomRequests(page, { seed, steps, episodes })
    const minutes = (performance.now() - started) / 60_000
    return [
      `random requests (seed ${seed}): ${result.steps} steps in ${result.bursts} bursts, ${minutes.toFixed(1)} min`,
      `mismatches: ${result.mismatches.length}`,
      ...result.mismatches.map((line) => `  ${line}`),
    ].join('\n')
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await main())
}
