import type { APIRequestContext, Page } from '@playwright/test'
import { audioPlayer, playerPosition } from './support/pages.ts'
import { expect } from './support/test.ts'

export const episodePath = (slug: string) => `/episodes/${slug}`

/** Collects the audio requests a page makes from now on. */
export function recordAudioRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'media' || request.url().includes('/audio/')) {
      urls.push(request.url())
    }
  })
  return urls
}

/** Waits until the player's position lies in [from, to). */
export async function expectPositionBetween(page: Page, from: number, to: number) {
  await expect.poll(() => playerPosition(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(from)
  expect(await playerPosition(page)).toBeLessThan(to)
}

/** Waits until the position moves past where it is now: the audio really plays. */
export async function expectPlaying(page: Page) {
  await expect(audioPlayer(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  const start = await playerPosition(page)
  await expect.poll(() => playerPosition(page), { timeout: 10_000 }).toBeGreaterThan(start)
}

export const barButton = (page: Page, name: string) =>
  audioPlayer(page).getByRole('button', { name, exact: true })

/** Sets (or with null clears) an audio fault in the test server. */
export async function setAudioFault(
  request: APIRequestContext,
  path: string,
  mode: string | null,
  after?: number,
) {
  const response = await request.post('/__faults', { data: { path, mode, after } })
  expect(response.status(), `fault ${mode} on ${path}`).toBe(204)
}
