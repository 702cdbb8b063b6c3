import { barButton, episodePath, expectPlaying, setAudioFault } from './player-support.ts'
import { audioPlayer, openPage, playerPosition } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// Each fault breaks a different episode's file, so that the tests can run side by side.
const faults = [
  { mode: '404', slug: 'rust-command-line-tools-that-spark-joy', what: 'a missing file' },
  { mode: 'html', slug: 'webassembly-at-the-edge', what: 'an HTML page instead of audio' },
  { mode: 'garbage', slug: 'ebpf-for-the-curious', what: 'bytes that do not decode' },
  { mode: 'stall', slug: 'shipping-immutable-images-with-kairos', what: 'a server that stalls' },
  {
    mode: 'drop',
    slug: 'observability-on-a-shoestring',
    what: 'a connection that drops after the first bytes',
  },
] as const

test.describe('audio failures', () => {
  // Arrays go in a tuple: Playwright would read a bare array as [value, options].
  test.use({
    allowFailedRequests: [[/\/audio\/[a-z0-9-]+\.mp3$/], { scope: 'test' }],
    allowConsoleErrors: [[/Failed to load resource/, /\/audio\//], { scope: 'test' }],
  })

  for (const fault of faults) {
    test(`${fault.what} (${fault.mode}) ends in an alert, and Retry works once the file is back`, async ({
      page,
      request,
    }) => {
      test.setTimeout(90_000)
      const audioPath = `/audio/${fault.slug}.mp3`
      await setAudioFault(request, audioPath, fault.mode)
      try {
        await openPage(page, episodePath(fault.slug))
        await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
        const alert = audioPlayer(page).getByRole('alert')
        await expect(alert).toBeVisible({ timeout: 40_000 })
        await expect(barButton(page, 'Play')).toBeVisible()
      } finally {
        await setAudioFault(request, audioPath, null)
      }
      await audioPlayer(page).getByRole('button', { name: 'Retry' }).click()
      await expectPlaying(page)
      await expect(audioPlayer(page).getByRole('alert')).toHaveCount(0)
    })
  }
})

test.describe('a connection that drops while the episode plays', () => {
  test.use({
    allowFailedRequests: [[/\/audio\/[a-z0-9-]+\.mp3$/], { scope: 'test' }],
    allowConsoleErrors: [[/Failed to load resource/, /\/audio\//], { scope: 'test' }],
  })

  test('ends in an alert once playback needs the missing part, and Retry resumes there', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000)
    const slug = 'webassembly-outside-the-browser'
    const audioPath = `/audio/${slug}.mp3`
    // About the first 200 of 270 seconds arrive; every later byte is cut off.
    await setAudioFault(request, audioPath, 'drop', 400_000)
    try {
      await openPage(page, episodePath(slug))
      await page.getByRole('main').getByRole('button', { name: 'Play', exact: true }).click()
      await expectPlaying(page)
      // The last chapter starts at 3:46, past the bytes that arrived.
      for (let press = 0; press < 4; press++) await barButton(page, 'Next chapter').click()
      await expect(audioPlayer(page).getByRole('alert')).toBeVisible({ timeout: 40_000 })
    } finally {
      await setAudioFault(request, audioPath, null)
    }
    await audioPlayer(page).getByRole('button', { name: 'Retry' }).click()
    await expectPlaying(page)
    expect(await playerPosition(page)).toBeGreaterThanOrEqual(226)
  })
})
