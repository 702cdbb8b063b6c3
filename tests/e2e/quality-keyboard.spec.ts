import { tabTo } from './support/focus.ts'
import { audioPlayer, playerPosition, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

test('a listener filters, opens, plays, jumps to a chapter and pauses with the keyboard alone', async ({
  page,
}) => {
  // The walk presses Tab past every chapter, the notes' links and the episode's side column,
  // one round trip each: more presses than a loaded machine fits in the default 30 s.
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(page.getByText(/^\d+ episodes?$/)).toBeVisible()

  const guests = page.getByRole('group', { name: 'Guests' })
  const guest = guests.getByRole('checkbox', { name: new RegExp(`^${seedEpisode.guest.name}`) })
  await tabTo(page, guest)
  await page.keyboard.press('Space')
  await expect(guest).toBeChecked()
  await expect(page).toHaveURL(new RegExp(`guest=${seedEpisode.guest.slug}`))

  const episodeLink = page
    .getByRole('main')
    .getByRole('link', { name: seedEpisode.title, exact: true })
    .first()
  await tabTo(page, episodeLink)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/episodes/${seedEpisode.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: seedEpisode.title })).toBeVisible()

  const play = page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).first()
  await tabTo(page, play)
  await page.keyboard.press('Enter')
  const player = audioPlayer(page)
  await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()

  const chapters = page.getByRole('list', { name: 'Chapters' })
  const third = chapters.getByRole('button', { name: new RegExp(seedEpisode.thirdChapter.title) })
  await tabTo(page, third)
  await page.keyboard.press('Enter')
  await expect
    .poll(() => playerPosition(page))
    .toBeGreaterThanOrEqual(seedEpisode.thirdChapter.start)
  await expect(third).toHaveAttribute('aria-current', /.+/)

  const pause = player.getByRole('button', { name: 'Pause', exact: true })
  await tabTo(page, pause)
  await page.keyboard.press('Enter')
  await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
})
