import { expectPlaying, expectPositionBetween } from './player-support.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { audioPlayer } from './support/pages.ts'
import { expect, test } from './support/test.ts'
import { spokenEpisode } from './transcript-support.ts'

test("the embed's Transcript view loads when opened, follows playback and seeks", async ({
  page,
}) => {
  test.setTimeout(60_000)
  const loaded: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (/transcript/i.test(pathname)) loaded.push(pathname)
  })
  await page.goto(`/embed/${spokenEpisode.slug}`)
  const player = audioPlayer(page)
  const toggle = player.getByRole('button', { name: 'Transcript', exact: true })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await page.waitForLoadState('networkidle')
  expect(loaded, 'transcript code or document before it is opened').toEqual([])

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const view = player.getByRole('region', { name: 'Transcript' })
  await expect(view.locator('[data-paragraph] p')).toHaveText(
    spokenEpisode.paragraphs.map((paragraph) => paragraph.text),
  )
  expect(loaded).toContain(`/data/transcripts/${spokenEpisode.slug}.json`)
  expect(loaded.some((path) => path.endsWith('.js'))).toBe(true)
  // Chapters and Transcript share the space: opening one closes the other.
  const chapters = player.getByRole('button', { name: /^Chapters/ })
  await chapters.click()
  await expect(view).toHaveCount(0)
  await toggle.click()

  await view.getByRole('link', { name: '1:24', exact: true }).click()
  await expectPlaying(page)
  await expectPositionBetween(page, 84, 100)
  const current = view.locator('[data-paragraph][aria-current="true"] p')
  await expect(current).toHaveText('Maps and Hooks')
  await expect(view.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true')
  // The embed never leaves its frame for a time link.
  await expect(page).toHaveURL(`/embed/${spokenEpisode.slug}`)

  await view.getByRole('link', { name: '4:11', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expectPositionBetween(page, 251, 270)
  await expect(current).toHaveText('Security Trade-offs')
  await expectNoAxeViolations(page, 'embed with its transcript open')
})
