import { barButton, episodePath, expectPlaying, expectPositionBetween } from './player-support.ts'
import { audioPlayer, openPage, playerPosition, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const seedPath = episodePath(seedEpisode.slug)

test('keyboard shortcuts play, skip, change chapter, mute and change speed', async ({ page }) => {
  await openPage(page, `${seedPath}?t=600`)
  const speed = audioPlayer(page).getByRole('combobox', { name: 'Playback speed' })
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()

  await page.keyboard.press('k')
  await expectPlaying(page)
  // Paused, the position only moves by the keys: "previous chapter" depends on how far
  // into a chapter it is, which a slow machine would otherwise change between presses.
  await page.keyboard.press('k')
  await expect(barButton(page, 'Play')).toBeVisible()
  const start = await playerPosition(page)
  expect(start).toBeGreaterThan(600)
  await page.keyboard.press('ArrowRight')
  await expectPositionBetween(page, start + 29.5, start + 30.5)
  await page.keyboard.press('j')
  await expectPositionBetween(page, start + 14.5, start + 15.5)
  await page.keyboard.press('Shift+ArrowRight')
  await expectPositionBetween(page, 789, 790)
  await page.keyboard.press('Shift+ArrowLeft')
  await expectPositionBetween(page, 505, 506)

  await page.keyboard.press('m')
  await expect(barButton(page, 'Unmute')).toBeVisible()
  await page.keyboard.press('m')
  await expect(barButton(page, 'Mute')).toBeVisible()
  await page.keyboard.press('>')
  await expect(speed).toHaveValue('1.1')
  await page.keyboard.press('>')
  await expect(speed).toHaveValue('1.25')
  await page.keyboard.press('<')
  await page.keyboard.press('<')
  await page.keyboard.press('<')
  await expect(speed).toHaveValue('0.75')

  await page.keyboard.press(' ')
  await expectPlaying(page)
  await page.keyboard.press('Space')
  await expect(barButton(page, 'Play')).toBeVisible()
})

test('speed and mute are remembered across visits', async ({ page }) => {
  await openPage(page, `${seedPath}?t=10`)
  await audioPlayer(page).getByRole('combobox', { name: 'Playback speed' }).selectOption('1.5')
  await barButton(page, 'Mute').click()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
  await expect(audioPlayer(page).getByRole('combobox', { name: 'Playback speed' })).toHaveValue(
    '1.5',
  )
  await expect(barButton(page, 'Unmute')).toBeVisible()
})

test('? opens the shortcuts dialog and Escape closes it', async ({ page }) => {
  await openPage(page, `${seedPath}?t=10`)
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Previous chapter')
  // Keys inside the dialog do not drive the player.
  await page.keyboard.press('k')
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('shortcut keys typed into a text field are text, not commands', async ({ page }) => {
  await openPage(page, `${seedPath}?t=10`)
  await expect(barButton(page, 'Play')).toBeVisible()
  await page.getByRole('banner').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/$/)
  const search = page.getByRole('searchbox').first()
  await search.fill('')
  await search.pressSequentially('kml ')
  await expect(search).toHaveValue('kml ')
  await expect(barButton(page, 'Play')).toBeVisible()
  await expect(barButton(page, 'Mute')).toBeVisible()
  expect(await playerPosition(page)).toBe(10)
})
