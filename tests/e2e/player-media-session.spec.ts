import { episodePath, expectPlaying, expectPositionBetween } from './player-support.ts'
import { openPage, playerPosition, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

type Handlers = Record<string, ((details: Record<string, unknown>) => void) | null>

test('lock-screen controls show the episode and chapter and drive the player', async ({ page }) => {
  // Keep what the app registers, so that the test can press the lock-screen buttons.
  await page.addInitScript(() => {
    const handlers: Handlers = {}
    Object.assign(window, { __mediaHandlers: handlers })
    const register = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession)
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler as Handlers[string]
      register(action, handler)
    }
  })
  const press = (action: string, details: Record<string, unknown> = {}) =>
    page.evaluate(
      ({ action, details }) => {
        const handlers = (window as unknown as { __mediaHandlers: Handlers }).__mediaHandlers
        handlers[action]?.({ action, ...details })
      },
      { action, details },
    )
  const session = () =>
    page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      album: navigator.mediaSession.metadata?.album,
      state: navigator.mediaSession.playbackState,
    }))

  await openPage(page, `${episodePath(seedEpisode.slug)}?t=120`)
  await page
    .getByRole('region', { name: 'Audio player' })
    .getByRole('button', { name: 'Play', exact: true })
    .click()
  await expectPlaying(page)
  await expect
    .poll(session)
    .toEqual({ title: seedEpisode.title, album: 'Meet the Kairos Team', state: 'playing' })

  await press('nexttrack')
  await expectPositionBetween(page, 157, 165)
  await expect.poll(async () => (await session()).album).toBe(seedEpisode.thirdChapter.title)
  await press('seekto', { seekTime: 1425 })
  await expectPositionBetween(page, 1425, 1435)
  await expect
    .poll(async () => (await session()).album)
    .toBe('Comparing Immutable Operating Systems')
  await press('seekbackward')
  await expectPositionBetween(page, 1410, 1420)
  await press('pause')
  await expect.poll(async () => (await session()).state).toBe('paused')
  const paused = await playerPosition(page)
  await press('play')
  await expect.poll(() => playerPosition(page)).toBeGreaterThan(paused)
})
