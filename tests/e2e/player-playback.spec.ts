import { SUBPATH_PORT } from '../playwright.config.ts'
import { watchPlayerMedia } from '../support/random-requests.ts'
import {
  barButton,
  episodePath,
  expectPlaying,
  expectPositionBetween,
  recordAudioRequests,
} from './player-support.ts'
import { audioPlayer, openPage, playerPosition, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const seedPath = episodePath(seedEpisode.slug)
const mainPlay = (page: import('@playwright/test').Page) =>
  page.getByRole('main').getByRole('button', { name: 'Play', exact: true })
const chapterButton = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('list', { name: 'Chapters' }).getByRole('button', { name: title })

test('viewing an episode fetches no audio; Play streams it and Pause stops it', async ({
  page,
}) => {
  const audio = recordAudioRequests(page)
  await watchPlayerMedia(page)
  await openPage(page, seedPath)
  await expect(page.getByRole('list', { name: 'Chapters' }).getByRole('button')).toHaveCount(15)
  await page.waitForLoadState('networkidle')
  expect(audio, 'audio requests on page view').toEqual([])
  await expect(audioPlayer(page)).toHaveCount(0)

  await mainPlay(page).click()
  await expectPlaying(page)
  expect(audio.length).toBeGreaterThan(0)
  await barButton(page, 'Pause').click()
  await expect(barButton(page, 'Play')).toBeVisible()
  // The episode's own audio element has stopped, and the position shown is where it stopped.
  // (Howler also makes source-less elements of its own, to unlock audio.)
  const episodeAudio = () =>
    page.evaluate(() =>
      (window as unknown as { __audioElements: HTMLAudioElement[] }).__audioElements
        .filter((element) => element.src.includes('/audio/'))
        .map((element) => ({ paused: element.paused, at: element.currentTime })),
    )
  await expect
    .poll(async () => (await episodeAudio()).map((element) => element.paused))
    .toEqual([true])
  const [stopped] = await episodeAudio()
  expect(Math.abs((await playerPosition(page)) - (stopped?.at ?? -10))).toBeLessThanOrEqual(1)
})

test('a chapter press plays from its start; the slider and the current chapter follow', async ({
  page,
}) => {
  await openPage(page, seedPath)
  const third = chapterButton(page, seedEpisode.thirdChapter.title)
  await third.click()
  await expectPositionBetween(page, 157, 170)
  await expectPlaying(page)
  await expect(third).toHaveAttribute('aria-current', 'true')
  await expect(audioPlayer(page)).toContainText(`Chapter: ${seedEpisode.thirdChapter.title}`)
  const seek = audioPlayer(page).getByRole('slider', { name: 'Seek' })
  await expect(seek).toHaveAttribute(
    'aria-valuetext',
    new RegExp(
      `^2 minutes \\d+ seconds of 39 minutes 59 seconds, ${seedEpisode.thirdChapter.title}$`,
    ),
  )

  await chapterButton(page, 'Comparing Immutable Operating Systems').click()
  await expectPositionBetween(page, 1425, 1440)
  expect(Number(await seek.inputValue())).toBeGreaterThanOrEqual(1425)
})

test('chapter markers show their title and seek on click', async ({ page }) => {
  await openPage(page, seedPath)
  await mainPlay(page).click()
  await expectPlaying(page)
  const marker = audioPlayer(page).getByRole('button', {
    name: 'Go to chapter: Comparing Immutable Operating Systems (23:45)',
  })
  await marker.hover()
  await expect(marker.getByText('23:45 · Comparing Immutable Operating Systems')).toBeVisible()
  await marker.click()
  await expectPositionBetween(page, 1425, 1440)
  await expectPlaying(page)
})

test('previous and next chapter, with previous restarting a chapter after 3 seconds', async ({
  page,
}) => {
  await openPage(page, `${seedPath}?t=120`)
  await barButton(page, 'Play').click()
  await expectPlaying(page)
  await barButton(page, 'Next chapter').click()
  await expectPositionBetween(page, 157, 160)
  await barButton(page, 'Previous chapter').click()
  await expectPositionBetween(page, 114, 117)
  await expect.poll(() => playerPosition(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(118)
  await barButton(page, 'Previous chapter').click()
  await expectPositionBetween(page, 114, 117)
  await barButton(page, 'Skip forward 30 seconds').click()
  await expectPositionBetween(page, 144, 150)
  await barButton(page, 'Skip back 15 seconds').click()
  await expectPositionBetween(page, 129, 135)
})

for (const moment of ['1425', '23:45', '0:23:45']) {
  test(`a link with t=${moment} cues the episode at 23:45 without fetching audio, then plays there`, async ({
    page,
  }) => {
    const audio = recordAudioRequests(page)
    await openPage(page, `${seedPath}?t=${moment}`)
    const seek = audioPlayer(page).getByRole('slider', { name: 'Seek' })
    await expect(seek).toHaveAttribute('aria-valuenow', '1425')
    await expect(barButton(page, 'Play')).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(audio).toEqual([])
    await barButton(page, 'Play').click()
    await expectPlaying(page)
    await expectPositionBetween(page, 1425, 1440)
  })
}

test('copy link at current time gives a link to the moment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, `${seedPath}?t=1:02`)
  await page.getByRole('button', { name: 'Copy link at current time' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link to 1:02 copied.' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(copied).pathname).toBe(seedPath)
  expect(new URL(copied).searchParams.get('t')).toBe('62')
})

test('the position is remembered across a reload and offered on the home page', async ({
  page,
}) => {
  await openPage(page, seedPath)
  await chapterButton(page, 'Technical Deep Dive - Building and Managing Kairos').click()
  await expectPositionBetween(page, 505, 520)
  await expectPlaying(page)
  await barButton(page, 'Pause').click()
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: seedEpisode.title })).toBeVisible()
  await expect(page.getByText(/^Play resumes at 8:\d\d\.$/)).toBeVisible()
  await mainPlay(page).click()
  await expectPositionBetween(page, 505, 525)
  await expectPlaying(page)

  await page.getByRole('banner').getByRole('link').first().click()
  const shelf = page.getByRole('region', { name: 'Continue listening' })
  await expect(shelf.getByRole('link', { name: seedEpisode.title })).toBeVisible()
})

test('navigating while playing keeps playing', async ({ page }) => {
  await openPage(page, seedPath)
  await mainPlay(page).click()
  await expectPlaying(page)
  await page.getByRole('banner').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/$/)
  await expectPlaying(page)
  await audioPlayer(page).getByRole('link', { name: seedEpisode.title }).click()
  await expect(page).toHaveURL(new RegExp(`${seedPath}$`))
  await expectPlaying(page)
})

test('a finished episode is marked played where episodes are listed', async ({ page }) => {
  await openPage(page, `${episodePath('tiny-databases-big-ideas')}?t=176`)
  await barButton(page, 'Play').click()
  await expect(barButton(page, 'Pause')).toBeVisible()
  await expect(barButton(page, 'Play')).toBeVisible({ timeout: 15_000 })
  // A listing page that shows this episode's card (the home list is windowed).
  await openPage(page, '/technologies/sqlite')
  await expect(page.getByText('Played', { exact: true })).toBeVisible()
})

test('a refused autoplay starts on the next gesture', async ({ page }) => {
  await page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play
    let refused = false
    // Only the episode's audio is refused (Howler also probes a blank element).
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (refused || !this.src.includes('/audio/')) return play.call(this)
      refused = true
      return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'))
    }
  })
  await openPage(page, `${seedPath}?t=300`)
  await barButton(page, 'Play').click()
  await expect(audioPlayer(page)).toContainText('Press Play to start listening.')
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await expectPlaying(page)
  await expectPositionBetween(page, 300, 310)
})

test('plays when the app is deployed under a sub-path', async ({ page }) => {
  await openPage(page, `http://127.0.0.1:${SUBPATH_PORT}/podcast${seedPath}?t=157`)
  await barButton(page, 'Play').click()
  await expectPlaying(page)
  await expectPositionBetween(page, 157, 170)
})

test('a pause made by the browser itself (headphones unplugged) shows as paused', async ({
  page,
}) => {
  await openPage(page, seedPath)
  await mainPlay(page).click()
  await expectPlaying(page)
  // What a system pause does: the element stops without any press in the page.
  await page.evaluate(() => {
    for (const media of document.querySelectorAll('audio')) void media.pause()
    const howler = (
      window as unknown as {
        Howler?: { _howls: Array<{ _sounds: Array<{ _node: HTMLMediaElement }> }> }
      }
    ).Howler
    for (const howl of howler?._howls ?? []) for (const sound of howl._sounds) sound._node.pause()
  })
  await expect(barButton(page, 'Play')).toBeVisible()
  await barButton(page, 'Play').click()
  await expectPlaying(page)
})
