import type { Page } from '@playwright/test'
import { openPage, playForAMoment, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const episodePath = `/episodes/${seedEpisode.slug}`

/** The app still lists episodes, opens one and plays it. */
async function appStillWorks(page: Page) {
  await openPage(page, '/')
  await expect(page.getByText(/^\d+ episodes?$/)).toBeVisible()
  await openPage(page, episodePath)
  await playForAMoment(page)
  await addToQueue(page)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: seedEpisode.title })).toBeVisible()
}

/** Queues the open episode: the queue works in memory whatever the storage holds. */
async function addToQueue(page: Page) {
  const main = page.getByRole('main')
  await main.getByRole('button', { name: 'Add to queue', exact: true }).click()
  await expect(main.getByRole('button', { name: 'Remove from queue', exact: true })).toBeVisible()
}

// Values another version of the app, another app on the origin, or a broken write could leave.
const badValues = [
  '{"position": 12, "rate": ',
  'undefined',
  'null',
  '[]',
  '42',
  '"just text"',
  '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  JSON.stringify({
    [seedEpisode.slug]: { position: 'NaN', duration: -1, played: 'yes' },
    rate: 1e308,
    volume: 'loud',
    muted: 'nope',
  }),
  JSON.stringify({ [seedEpisode.slug]: Number.MAX_VALUE, 'no-such-episode': { position: 5 } }),
]

test('corrupted or foreign values under every key the app stores never break it', async ({
  page,
}) => {
  // One full visit (list, episode, play, reload) per bad value.
  test.setTimeout(30_000 + badValues.length * 15_000)
  await openPage(page, episodePath)
  await playForAMoment(page)
  await addToQueue(page)
  // Leave the page so that whatever the app saves on the way out is saved too.
  await openPage(page, '/')
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys, 'keys the app stores (position, settings)').not.toEqual([])
  expect(keys, 'the queue is stored too').toContain('podcast-player:queue')

  for (const value of badValues) {
    // Before every load from now on, so the app can't tidy it away on unload first; scripts
    // added later run later, so this value wins over the ones before it.
    await page.addInitScript(
      ({ keys, value }) => {
        for (const key of keys) localStorage.setItem(key, value)
      },
      { keys, value },
    )
    await test.step(`every key holds ${value.slice(0, 40)}`, () => appStillWorks(page))
    expect(await page.evaluate(() => Object.hasOwn({}, 'polluted') || 'polluted' in {})).toBe(false)
  }
})

test('foreign keys from other apps on the same origin are left alone and ignored', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('theme', '{"dark": tru')
    localStorage.setItem('other-app:state', '<script>alert(1)</script>')
    localStorage.setItem('', '')
    localStorage.setItem('podcast', 'x'.repeat(100_000))
  })
  await appStillWorks(page)
  expect(await page.evaluate(() => localStorage.getItem('other-app:state'))).toBe(
    '<script>alert(1)</script>',
  )
})

test('a full storage (every write throws QuotaExceededError) never breaks the app', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await appStillWorks(page)
})

test('storage that cannot be opened at all (SecurityError) never breaks the app', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
  })
  await appStillWorks(page)
})
