import type { Locator, Page } from '@playwright/test'
import {
  addFromCard,
  ebpf,
  expectOrder,
  openQueue,
  queueButton,
  rust,
  rustPath,
  wasm,
} from './player-queue-support.ts'
import { recordCspViolations } from './support/csp.ts'
import { audioPlayer, openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const order = [rust.title, wasm.title, ebpf.title]
const handle = (page: Page, title: string) => queueButton(page, `Reorder ${title}`)
/** The drag's own live region (outside the player) says what is under the dragged episode. */
const dragAnnouncement = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text })

/**
 * Space on the focused handle picks the third episode up. The keyboard sensor starts
 * listening for the arrow keys in a zero-delay timer, which a loaded browser may run
 * after the announcement is already on screen, while input events jump the queue. A
 * zero-delay timer set after the sensor's runs after it, so once it has fired the next
 * key reaches the drag.
 */
async function pickUpByKeyboard(page: Page, title: string) {
  await page.keyboard.press('Space')
  await expect(dragAnnouncement(page, `Picked up ${title}, at position 3 of 3.`)).toHaveCount(1)
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)))
}

async function queueThree(page: Page) {
  await openPage(page, rustPath)
  for (const title of order) await addFromCard(page, title)
  await openQueue(page)
  await expectOrder(page, order)
}

const centre = async (locator: Locator) => {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not laid out')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** After a drop the queue has moved eBPF first, said so politely, and kept focus on its handle. */
async function expectEbpfMovedFirst(page: Page) {
  await expectOrder(page, [ebpf.title, rust.title, wasm.title])
  await expect(audioPlayer(page).getByRole('status')).toHaveText(
    `${ebpf.title} moved to position 1 of 3`,
  )
  await expect(handle(page, ebpf.title)).toBeFocused()
}

test('dragging the third queued episode to the top with the mouse reorders the queue, and it survives a reload', async ({
  page,
}) => {
  const violations = await recordCspViolations(page)
  await queueThree(page)

  const from = await centre(handle(page, ebpf.title))
  const to = await centre(handle(page, rust.title))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  // Past the few pixels that tell a drag from a click: the episode is picked up.
  await page.mouse.move(from.x, from.y - 10, { steps: 2 })
  await expect(dragAnnouncement(page, `Picked up ${ebpf.title}, at position 3 of 3.`)).toHaveCount(
    1,
  )
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await expect(dragAnnouncement(page, `${ebpf.title} is over position 1 of 3.`)).toHaveCount(1)
  await page.mouse.up()
  await expectEbpfMovedFirst(page)
  // The buttons follow the new order.
  await expect(queueButton(page, `Move ${ebpf.title} up`)).toBeDisabled()
  await expect(queueButton(page, `Move ${wasm.title} down`)).toBeDisabled()
  expect(await violations(), 'CSP violations while dragging').toEqual([])

  await page.reload()
  await expect(page.locator('main h1').first()).toBeVisible()
  await openQueue(page)
  await expectOrder(page, [ebpf.title, rust.title, wasm.title])
})

test('the drag handle moves an episode by keyboard too: Space, arrows, Space; Escape cancels', async ({
  page,
}) => {
  await queueThree(page)
  await handle(page, ebpf.title).focus()
  await pickUpByKeyboard(page, ebpf.title)
  await page.keyboard.press('ArrowUp')
  await expect(dragAnnouncement(page, `${ebpf.title} is over position 2 of 3.`)).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(
    dragAnnouncement(page, `Moving ${ebpf.title} was cancelled; it stays at position 3 of 3.`),
  ).toHaveCount(1)
  await expectOrder(page, order)

  await expect(handle(page, ebpf.title)).toBeFocused()
  await pickUpByKeyboard(page, ebpf.title)
  await page.keyboard.press('ArrowUp')
  await expect(dragAnnouncement(page, `${ebpf.title} is over position 2 of 3.`)).toHaveCount(1)
  await page.keyboard.press('ArrowUp')
  await expect(dragAnnouncement(page, `${ebpf.title} is over position 1 of 3.`)).toHaveCount(1)
  await page.keyboard.press('Space')
  await expectEbpfMovedFirst(page)
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('dragging the third queued episode to the top with a finger reorders the queue', async ({
    page,
  }) => {
    await queueThree(page)
    const from = await centre(handle(page, ebpf.title))
    const to = await centre(handle(page, rust.title))
    // Playwright's touchscreen only taps: a finger's drag goes through Chromium's input domain.
    const input = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      input.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      })
    await touch('touchStart', from.x, from.y)
    await touch('touchMove', from.x, from.y - 10)
    await expect(
      dragAnnouncement(page, `Picked up ${ebpf.title}, at position 3 of 3.`),
    ).toHaveCount(1)
    for (let step = 1; step <= 8; step += 1) {
      await touch('touchMove', from.x, from.y - 10 + ((to.y - from.y + 10) * step) / 8)
    }
    await expect(dragAnnouncement(page, `${ebpf.title} is over position 1 of 3.`)).toHaveCount(1)
    await touch('touchEnd', to.x, to.y)
    await expectOrder(page, [ebpf.title, rust.title, wasm.title])
    await expect(audioPlayer(page).getByRole('status')).toHaveText(
      `${ebpf.title} moved to position 1 of 3`,
    )
  })
})
