import type { Locator } from '@playwright/test'
import { expectPlaying, expectPositionBetween } from './player-support.ts'
import { audioPlayer, playerPosition } from './support/pages.ts'
import { expect, test } from './support/test.ts'
import {
  currentParagraph,
  longTranscript,
  openWithTranscript,
  spokenEpisode,
  transcriptRegion,
} from './transcript-support.ts'

const path = `/episodes/${spokenEpisode.slug}`

/** The box's scroll position once it has stopped moving for ten frames (wheel scrolling glides). */
const settledScrollTop = (box: Locator) =>
  box.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        let last = element.scrollTop
        let still = 0
        const check = () => {
          still = element.scrollTop === last ? still + 1 : 0
          last = element.scrollTop
          if (still >= 10) resolve(last)
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )

test('a time in the transcript seeks and plays, by pointer and by keyboard', async ({ page }) => {
  await page.goto(path)
  const region = transcriptRegion(page)
  await region.getByRole('link', { name: '1:24', exact: true }).click()
  await expectPlaying(page)
  await expectPositionBetween(page, 84, 100)
  await expect(page).toHaveURL(path)
  await expect(currentParagraph(page).locator('p')).toHaveText('Maps and Hooks')
  await expect(region.getByRole('button', { name: 'Follow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await region.getByRole('link', { name: '3:16', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expectPositionBetween(page, 196, 215)
  await expect(currentParagraph(page).locator('p')).toHaveText('Debugging Stories')
  await expect(currentParagraph(page)).toHaveCount(1)
})

test('the paragraph being spoken follows playback', async ({ page }) => {
  await page.goto(`${path}?t=133`)
  await expect(audioPlayer(page).getByRole('slider', { name: 'Seek' })).toHaveAttribute(
    'aria-valuenow',
    '133',
  )
  await expect(currentParagraph(page).locator('p')).toHaveText('Maps and Hooks')
  await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
  await expect(transcriptRegion(page).getByRole('button', { name: 'Follow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // Playing on from 2:13, the producer starts speaking at 2:19.
  await expect(currentParagraph(page).locator('p')).toHaveText('Writing the User-Space Side', {
    timeout: 15_000,
  })
  expect(await playerPosition(page)).toBeGreaterThanOrEqual(139)
})

test('Follow keeps the spoken paragraph in view, and turns off when the listener scrolls', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openWithTranscript(
    page,
    spokenEpisode.slug,
    spokenEpisode.title,
    longTranscript(spokenEpisode.slug),
  )
  const region = transcriptRegion(page)
  const box = region.locator('[data-paragraph]').first().locator('..')
  const follow = region.getByRole('button', { name: 'Follow' })
  await region.scrollIntoViewIfNeeded()
  // Paragraph 50 starts at 3:20: far below the first screen of the transcript.
  const time = region.getByRole('link', { name: '3:20', exact: true })
  await time.focus()
  await page.keyboard.press('Enter')
  await expectPlaying(page)
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  const inBox = () =>
    box.evaluate((element) => {
      const current = element.querySelector('[aria-current="true"]')
      if (!current) return null
      const outer = element.getBoundingClientRect()
      const inner = current.getBoundingClientRect()
      return inner.top >= outer.top && inner.bottom <= outer.bottom
        ? Number(current.getAttribute('data-paragraph'))
        : -1
    })
  // It moves on with the audio (a paragraph every 4 seconds) and stays in view.
  await expect.poll(inBox, { timeout: 15_000 }).toBeGreaterThanOrEqual(51)

  await box.hover()
  await page.mouse.wheel(0, -400)
  await expect(follow).toHaveAttribute('aria-pressed', 'false')
  const scrolled = await settledScrollTop(box)
  const spoken = Number(await currentParagraph(page).getAttribute('data-paragraph'))
  // The next paragraph is marked, but the text stays where the listener put it.
  await expect(currentParagraph(page)).not.toHaveAttribute('data-paragraph', String(spoken), {
    timeout: 15_000,
  })
  expect(await settledScrollTop(box)).toBe(scrolled)

  await follow.click()
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(inBox, { timeout: 10_000 }).toBeGreaterThan(spoken)
  expect(await page.evaluate(() => 'hacked' in window)).toBe(false)
})
