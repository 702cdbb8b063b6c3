/**
 * Opens the seed episode on a server that streams both test episodes' audio
 * from one 57.6 MB, 40-minute MP3 at 1.6 Mbit/s, ready for runRandomRequests.
 */
import type { Server } from 'node:http'
import type { Page } from '@playwright/test'
import type { EpisodeDocument } from '../../src/content/documents.ts'
import type { RandomEpisode } from './random-requests.ts'
import { watchPlayerMedia } from './random-requests.ts'
import { startAppServer } from './serve-app.ts'
import { silentMp3 } from './silent-mp3.ts'

export const SEED_SLUG = 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist'
export const OTHER_SLUG = 'shipping-immutable-images-with-kairos'
const LONG_SECONDS = 2400

/** Serves the built sample catalog in `root` with both episodes' audio replaced by the long MP3. */
export async function startSlowAudioServer(
  root: string,
): Promise<{ server: Server; base: string }> {
  const long = silentMp3(LONG_SECONDS)
  const server = await startAppServer({
    root,
    port: 0,
    audioBytesPerSecond: 1_600_000 / 8,
    overrides: { [`/audio/${SEED_SLUG}.mp3`]: long, [`/audio/${OTHER_SLUG}.mp3`]: long },
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the audio server has no port')
  return { server, base: `http://127.0.0.1:${address.port}` }
}

/** Opens the seed episode's page; returns both episodes as the run needs them. */
export async function openRandomRequestPage(
  page: Page,
  base: string,
): Promise<[RandomEpisode, RandomEpisode]> {
  await watchPlayerMedia(page)
  // The other episode lasts as long as its (replaced) audio.
  await page.route(`**/data/episodes/${OTHER_SLUG}.json`, async (route) => {
    const document = (await (await route.fetch()).json()) as EpisodeDocument
    await route.fulfill({ json: { ...document, duration: LONG_SECONDS - 1 } })
  })
  await page.goto(`${base}/episodes/${SEED_SLUG}`)
  await page.locator('main h1').waitFor()
  const load = (slug: string) =>
    page.evaluate(
      (url) => fetch(url).then((response) => response.json() as Promise<EpisodeDocument>),
      `${base}/data/episodes/${slug}.json`,
    )
  const toRandom = (document: EpisodeDocument): RandomEpisode => ({
    slug: document.slug,
    audioPath: `/audio/${document.slug}.mp3`,
    duration: Math.min(document.duration, LONG_SECONDS - 1),
    chapters: document.chapters,
  })
  return [toRandom(await load(SEED_SLUG)), toRandom(await load(OTHER_SLUG))]
}
