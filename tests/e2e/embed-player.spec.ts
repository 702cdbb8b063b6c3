import type { Page } from '@playwright/test'
import { expectPositionBetween, recordAudioRequests } from './player-support.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { audioPlayer, playerPosition, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const embedPath = (slug: string, query = '') => `/embed/${slug}${query}`
const button = (page: Page, name: string) =>
  audioPlayer(page).getByRole('button', { name, exact: true })

test('the embed page plays, pauses, seeks by chapter marker and chapter list, and links to the episode', async ({
  page,
}) => {
  const audio = recordAudioRequests(page)
  await page.goto(embedPath(seedEpisode.slug))
  const player = audioPlayer(page)
  await expect(player.getByRole('link', { name: seedEpisode.title })).toHaveAttribute(
    'href',
    `/episodes/${seedEpisode.slug}`,
  )
  await expect(player.getByRole('link', { name: seedEpisode.title })).toHaveAttribute(
    'target',
    '_blank',
  )
  await expect(player.getByRole('link', { name: 'Cloud Native Compass' })).toHaveCount(1)
  await page.waitForLoadState('networkidle')
  expect(audio, 'audio requests before Play').toEqual([])

  await button(page, 'Play').click()
  await expect(button(page, 'Pause')).toBeVisible()
  await expect.poll(() => playerPosition(page), { timeout: 10_000 }).toBeGreaterThan(0.3)
  expect(audio.length).toBeGreaterThan(0)

  const third = seedEpisode.thirdChapter
  await player
    .getByRole('toolbar', { name: 'Chapter markers' })
    .getByRole('button', { name: `Go to chapter: ${third.title} (2:37)` })
    .click()
  await expectPositionBetween(page, third.start, third.start + 10)
  await expect(player).toContainText(`Chapter: ${third.title}`)

  await button(page, 'Pause').click()
  await expect(button(page, 'Play')).toBeVisible()

  const toggle = player.getByRole('button', { name: 'Chapters (15)' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const list = player.getByRole('list', { name: 'Chapters' })
  const chapter = list.getByRole('button', { name: /Comparing Immutable Operating Systems/ })
  await chapter.click()
  await expectPositionBetween(page, 1425, 1440)
  await expect(chapter).toHaveAttribute('aria-current', 'true')
  await expect(button(page, 'Pause')).toBeVisible()
})

test('?t= cues the moment without audio, ?chapters=open shows the list, ?theme= picks the colours', async ({
  page,
}) => {
  const audio = recordAudioRequests(page)
  await page.goto(embedPath(seedEpisode.slug, '?t=23:45&chapters=open&theme=dark'))
  await expect(audioPlayer(page).getByRole('list', { name: 'Chapters' })).toBeVisible()
  await expect.poll(() => playerPosition(page)).toBe(1425)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = () =>
    audioPlayer(page).evaluate((element) => getComputedStyle(element).backgroundColor)
  const dark = await background()
  await page.waitForLoadState('networkidle')
  expect(audio).toEqual([])

  await page.goto(embedPath(seedEpisode.slug, '?t=soon&chapters=yes&theme=purple'))
  await expect(button(page, 'Play')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto')
  expect(await background(), 'the system (light) theme, not the dark one').not.toBe(dark)
  await expect(audioPlayer(page).getByRole('list', { name: 'Chapters' })).toHaveCount(0)
  expect(await playerPosition(page)).toBe(0)
})

for (const theme of ['light', 'dark'] as const) {
  test(`the embed page has no axe violations in the ${theme} theme, chapters open`, async ({
    page,
  }) => {
    await page.goto(embedPath(seedEpisode.slug, `?theme=${theme}&chapters=open&t=157`))
    await expect(audioPlayer(page).getByRole('list', { name: 'Chapters' })).toBeVisible()
    await expect(audioPlayer(page)).toContainText(`Chapter: ${seedEpisode.thirdChapter.title}`)
    await expectNoAxeViolations(page, `the embed page, ${theme} theme`)
  })
}

test('lock-screen controls show the embedded episode and its chapter, as on the site', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const handlers: Record<string, MediaSessionActionHandler | null> = {}
    Object.assign(window, { __mediaHandlers: handlers })
    const register = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession)
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler
      register(action, handler)
    }
  })
  const session = () =>
    page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      artist: navigator.mediaSession.metadata?.artist,
      album: navigator.mediaSession.metadata?.album,
      state: navigator.mediaSession.playbackState,
    }))
  await page.goto(embedPath(seedEpisode.slug, '?t=120'))
  await button(page, 'Play').click()
  await expect.poll(session).toEqual({
    title: seedEpisode.title,
    artist: 'Cloud Native Compass',
    album: 'Meet the Kairos Team',
    state: 'playing',
  })
  await page.evaluate(() => {
    const handlers = (window as unknown as { __mediaHandlers: Record<string, () => void> })
      .__mediaHandlers
    handlers.nexttrack?.()
  })
  await expectPositionBetween(
    page,
    seedEpisode.thirdChapter.start,
    seedEpisode.thirdChapter.start + 10,
  )
  await expect.poll(async () => (await session()).album).toBe(seedEpisode.thirdChapter.title)
})
