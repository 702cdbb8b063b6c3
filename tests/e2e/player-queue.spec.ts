import {
  addFromCard,
  ebpf,
  expectOrder,
  openQueue,
  queueButton,
  rust,
  rustPath,
  tiny,
  upNext,
  wasm,
} from './player-queue-support.ts'
import { expectPlaying } from './player-support.ts'
import { audioPlayer, openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

test('episodes added from cards line up in Up next, reorder by keyboard, are announced and survive a reload', async ({
  page,
}) => {
  await openPage(page, rustPath)
  for (const { title } of [rust, wasm, ebpf]) await addFromCard(page, title)
  await expect(audioPlayer(page).getByRole('status')).toHaveText(
    `${ebpf.title} added to Up next, position 3 of 3`,
  )
  await openQueue(page)
  await expectOrder(page, [rust.title, wasm.title, ebpf.title])

  // Enter on the focused buttons; focus stays where the keyboard can go on.
  await queueButton(page, `Move ${ebpf.title} up`).focus()
  await page.keyboard.press('Enter')
  await expectOrder(page, [rust.title, ebpf.title, wasm.title])
  await expect(queueButton(page, `Move ${ebpf.title} up`)).toBeFocused()
  await page.keyboard.press('Enter')
  await expectOrder(page, [ebpf.title, rust.title, wasm.title])
  // First now: its "up" is disabled, so focus moves to its "down".
  await expect(queueButton(page, `Move ${ebpf.title} up`)).toBeDisabled()
  await expect(queueButton(page, `Move ${ebpf.title} down`)).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(queueButton(page, `Remove ${ebpf.title} from queue`)).toBeFocused()
  await page.keyboard.press('Enter')
  await expectOrder(page, [rust.title, wasm.title])
  await expect(queueButton(page, `Remove ${rust.title} from queue`)).toBeFocused()
  await expect(audioPlayer(page).getByRole('status')).toHaveText(
    `${ebpf.title} removed from Up next`,
  )

  await page.reload()
  await expect(page.locator('main h1').first()).toBeVisible()
  await openQueue(page)
  await expectOrder(page, [rust.title, wasm.title])
  await expect(
    page.getByRole('main').getByRole('button', { name: `Add ${ebpf.title} to queue` }),
  ).toBeVisible()
  await expect(
    page.getByRole('main').getByRole('button', { name: `Remove ${wasm.title} from queue` }),
  ).toBeVisible()
})

test('an ending episode starts the next queued one and announces it; Clear queue empties it and says so', async ({
  page,
}) => {
  await openPage(page, rustPath)
  await addFromCard(page, wasm.title)
  await addFromCard(page, rust.title)
  // Rust was queued second: move it to the front with the pointer.
  await openQueue(page)
  await queueButton(page, `Move ${rust.title} up`).click()
  await expectOrder(page, [rust.title, wasm.title])

  await openPage(page, tiny.listedOn)
  await page
    .getByRole('main')
    .getByRole('button', { name: `Play ${tiny.title}` })
    .click()
  await expectPlaying(page)
  // End on the seek slider jumps to the end of the episode.
  await audioPlayer(page).getByRole('slider', { name: 'Seek' }).press('End')
  await expect(audioPlayer(page).getByRole('link', { name: rust.title })).toBeVisible()
  await expect(audioPlayer(page).getByRole('status')).toHaveText(`Now playing ${rust.title}`)
  await expectPlaying(page)
  await expect(audioPlayer(page).getByRole('button', { name: 'Up next 1' })).toBeVisible()

  await openQueue(page)
  await expectOrder(page, [wasm.title])
  await audioPlayer(page).getByRole('button', { name: 'Clear queue' }).click()
  await expect(upNext(page)).toHaveCount(0)
  await expect(audioPlayer(page).getByRole('status')).toHaveText('Up next cleared')
  await expect(audioPlayer(page).getByText(/^Nothing queued/)).toBeVisible()
  await expect(audioPlayer(page).getByRole('button', { name: 'Up next 0' })).toBeFocused()
})

test('next track after the last chapter plays the next queued episode', async ({ page }) => {
  // Keep what the app registers, so that the test can press the lock-screen buttons.
  await page.addInitScript(() => {
    const handlers: Record<string, MediaSessionActionHandler | null> = {}
    Object.assign(window, { __mediaHandlers: handlers })
    const register = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession)
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers[action] = handler
      register(action, handler)
    }
  })
  const press = (action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}) =>
    page.evaluate(
      ({ action, details }) => {
        const handlers = (
          window as unknown as { __mediaHandlers: Record<string, (d: object) => void> }
        ).__mediaHandlers
        handlers[action]?.({ action, ...details })
      },
      { action, details },
    )
  await openPage(page, rustPath)
  await addFromCard(page, rust.title)
  await openPage(page, tiny.listedOn)
  await page
    .getByRole('main')
    .getByRole('button', { name: `Play ${tiny.title}` })
    .click()
  await expectPlaying(page)
  // Past the start of the last chapter, ten seconds before the end.
  await press('seekto', { seekTime: 170 })
  await press('nexttrack')
  await expect(audioPlayer(page).getByRole('link', { name: rust.title })).toBeVisible()
  await expect(audioPlayer(page).getByRole('status')).toHaveText(`Now playing ${rust.title}`)
  await expectPlaying(page)
})
