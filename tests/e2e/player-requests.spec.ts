import type { Server } from 'node:http'
import { resolve } from 'node:path'
import { SAMPLE_PORT } from '../playwright.config.ts'
import { runRandomRequests } from '../support/random-requests.ts'
import { openRandomRequestPage, startSlowAudioServer } from '../support/random-requests-page.ts'
import { expect, test } from './support/test.ts'

const STEPS = Number(process.env.RANDOM_REQUEST_STEPS ?? 200)
const SEED = Number(process.env.RANDOM_REQUEST_SEED ?? 1)

let server: Server
let base = ''

test.beforeAll(async () => {
  // The sample build, streaming a 57.6 MB, 40-minute MP3 at 1.6 Mbit/s.
  ;({ server, base } = await startSlowAudioServer(resolve(`dist-e2e/${SAMPLE_PORT}`)))
})

test.afterAll(() => {
  server.close()
  server.closeAllConnections()
})

test(`every request of a random ${STEPS}-step sequence (seed ${SEED}) is honoured on a slow link`, async ({
  page,
}) => {
  // Each burst waits for the player to settle on a throttled stream: a long test, on purpose.
  test.setTimeout(STEPS * 1_500 + 60_000)
  const episodes = await openRandomRequestPage(page, base)
  const result = await runRandomRequests(page, { seed: SEED, steps: STEPS, episodes })
  expect(result.steps).toBe(STEPS)
  expect(
    result.mismatches,
    `seed ${SEED}: replay with RANDOM_REQUEST_SEED=${SEED} RANDOM_REQUEST_STEPS=${STEPS}, or npx tsx scripts/bench-requests.ts --seed ${SEED} --steps ${STEPS}`,
  ).toEqual([])
})
