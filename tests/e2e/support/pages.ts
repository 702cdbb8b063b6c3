import type { Page } from '@playwright/test'
import { expectHydrated } from './hydration.ts'
import { expect } from './test.ts'

/** The seed episode of the sample catalog: a real episode with 15 chapters. */
export const seedEpisode = {
  slug: 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist',
  title: 'Navigating Kairos: Immutable Operating Systems with a Cloud Native Twist',
  guest: { slug: 'mauro-morales', name: 'Mauro Morales' },
  technology: { slug: 'kairos', name: 'Kairos' },
  thirdChapter: { title: 'Understanding Kairos - Elevator Pitch and Core Concepts', start: 157 },
}

/** Opens a page and waits until its main heading shows, so checks see the loaded page. */
/**
 * Opens a page and waits until the app has taken it over. A prerendered page shows its
 * heading before that: a press in between is the browser's, not the app's.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('main h1').first()).toBeVisible()
  await expectHydrated(page)
  await expect(page.getByText(/^Loading/)).toHaveCount(0)
}

export const audioPlayer = (page: Page) => page.getByRole('region', { name: 'Audio player' })

/** Presses the episode page's Play and waits until the player confirms that it is playing. */
export async function playFromEpisodePage(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).first().click()
  await expect(audioPlayer(page).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
}

/** The player's position in seconds, read from its "Seek" slider. */
export async function playerPosition(page: Page): Promise<number> {
  const seek = audioPlayer(page).getByRole('slider', { name: 'Seek' })
  const value = (await seek.getAttribute('aria-valuenow')) ?? (await seek.inputValue())
  return Number(value)
}

/** Plays from the episode page until the position moves, then pauses. */
export async function playForAMoment(page: Page): Promise<void> {
  await playFromEpisodePage(page)
  await expect.poll(() => playerPosition(page)).toBeGreaterThan(0.5)
  await audioPlayer(page).getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(audioPlayer(page).getByRole('button', { name: 'Play', exact: true })).toBeVisible()
}
