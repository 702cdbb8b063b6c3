import { barButton, episodePath, expectPlaying, setAudioFault } from './player-support.ts'
import { audioPlayer, openPage } from './support/pages.ts'
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
