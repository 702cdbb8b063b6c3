import type { Server } from 'node:http'
import { SAMPLE_PORT } from '../playwright.config.ts'
import {
  embedded,
  framePosition,
  inOrder,
  openHostPage,
  player,
  received,
  send,
  startHostServer,
  typesFrom,
} from './embed-host-support.ts'
import { seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// The host page lives on another site: localhost, while the player is on 127.0.0.1.
let server: Server
let hostUrl: string
test.beforeAll(async () => {
  const port = SAMPLE_PORT + 9 + test.info().parallelIndex
  server = await startHostServer(port)
  hostUrl = `http://localhost:${port}/`
})
test.afterAll(() => new Promise<void>((done) => server.close(() => done())))

test('another site embeds two episodes: one plays by pointer, the other by postMessage, and the events arrive in order', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await openHostPage(page, hostUrl)
  const a = page.frameLocator('#a')
  const b = page.frameLocator('#b')
  const first = (await received(page)).find((m) => m.from === 'a')
  expect(first).toMatchObject({
    from: 'a',
    origin: `http://127.0.0.1:${SAMPLE_PORT}`,
    data: { type: 'ready', episode: embedded.a.slug, time: 0 },
  })

  // A, by pointer: play, jump to the third chapter by its marker, pause.
  await player(a).getByRole('button', { name: 'Play', exact: true }).click()
  await expect(player(a).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  // Playing for real: a timeupdate came after the play event.
  await expect
    .poll(async () => inOrder(await typesFrom(page, 'a'), ['play', 'timeupdate']))
    .toBe(true)
  await player(a)
    .getByRole('button', { name: `Go to chapter: ${seedEpisode.thirdChapter.title} (2:37)` })
    .click()
  await expect.poll(() => framePosition(a)).toBeGreaterThan(seedEpisode.thirdChapter.start)
  await player(a).getByRole('button', { name: 'Pause', exact: true }).click()
  await expect.poll(() => typesFrom(page, 'a')).toContain('pause')
  const fromA = await typesFrom(page, 'a')
  expect(
    inOrder(fromA, ['ready', 'play', 'timeupdate', 'chapterchange', 'pause']),
    fromA.join(),
  ).toBe(true)
  const chapterEvent = (await received(page)).find(
    (m) => m.from === 'a' && m.data.type === 'chapterchange',
  )
  expect(chapterEvent?.data.chapter).toBe(seedEpisode.thirdChapter.title)

  // B, by postMessage only: seek into the second chapter, play, pause.
  await send(page, 'b', { type: 'seek', time: 60 })
  await expect.poll(() => framePosition(b)).toBe(60)
  await send(page, 'b', { type: 'play' })
  await expect(player(b).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect.poll(() => framePosition(b)).toBeGreaterThan(61.5)
  await send(page, 'b', { type: 'pause' })
  await expect(player(b).getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  await expect.poll(() => typesFrom(page, 'b')).toContain('pause')
  const fromB = await received(page).then((all) => all.filter((m) => m.from === 'b'))
  const typesB = fromB.map((m) => m.data.type)
  expect(
    inOrder(typesB, ['ready', 'chapterchange', 'play', 'timeupdate', 'pause']),
    typesB.join(),
  ).toBe(true)
  expect(fromB.find((m) => m.data.type === 'chapterchange')?.data.chapter).toBe(
    embedded.b.secondChapter,
  )
  // At most four timeupdates a second (the first may arrive late, hence the slack).
  const updates = fromB.filter((m) => m.data.type === 'timeupdate').map((m) => m.at)
  const seconds = (Math.max(...updates) - Math.min(...updates)) / 1000
  console.log(`${updates.length} timeupdate events received over ${seconds.toFixed(2)} s`)
  expect(updates.length).toBeGreaterThan(1)
  expect(updates.length).toBeLessThanOrEqual(Math.floor(seconds * 4) + 2)
  // A was left alone.
  expect(await typesFrom(page, 'a')).toEqual(fromA)

  // Played to the end: pause, then ended.
  await send(page, 'b', { type: 'seek', time: 178.5 })
  await send(page, 'b', { type: 'play' })
  await expect.poll(() => typesFrom(page, 'b'), { timeout: 15_000 }).toContain('ended')
  const last = (await typesFrom(page, 'b')).slice(-2)
  expect(last).toEqual(['pause', 'ended'])
})

test('messages from other windows than the parent are ignored', async ({ page }) => {
  await openHostPage(page, hostUrl)
  const b = page.frameLocator('#b')
  // Embed A (a sibling, not B's parent) asks B to play and to seek.
  const frameA = page.frame({ url: new RegExp(`/embed/${embedded.a.slug}`) })
  await frameA?.evaluate(() => {
    window.parent.frames[1]?.postMessage({ type: 'seek', time: 30 }, '*')
    window.parent.frames[1]?.postMessage({ type: 'play' }, '*')
  })
  expect(frameA).toBeTruthy()
  // The parent's own seek arrives after them; then B has obeyed the parent only.
  await send(page, 'b', { type: 'seek', time: 12 })
  await expect.poll(() => framePosition(b)).toBe(12)
  await expect(player(b).getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  expect(await typesFrom(page, 'b')).not.toContain('play')
})

test('keyboard shortcuts act only on the embed that has the focus', async ({ page }) => {
  await openHostPage(page, hostUrl)
  const a = page.frameLocator('#a')
  const b = page.frameLocator('#b')
  const comment = page.getByRole('textbox', { name: 'Comment' })
  await comment.click()
  await page.keyboard.type('k k')
  await expect(comment).toHaveValue('k k')
  await page.getByRole('heading', { name: 'A blog post' }).click()
  await page.keyboard.press('k')

  // Focus into B (its episode link, as Tab would), then its shortcuts work there only.
  await player(b).getByRole('link', { name: 'Byte-Sized Builders' }).focus()
  await page.keyboard.press('k')
  await expect(player(b).getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect.poll(() => typesFrom(page, 'b')).toContain('play')
  await page.keyboard.press('k')
  await expect(player(b).getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  await expect(player(a).getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  expect(await typesFrom(page, 'a')).toEqual(['ready'])
  expect(inOrder(await typesFrom(page, 'b'), ['ready', 'play', 'pause'])).toBe(true)
})

test('with third-party storage blocked, the embed plays, forgets the position and logs no error', async ({
  page,
}) => {
  // What browsers that block third-party storage do: reading localStorage in the frame throws.
  await page.addInitScript((playerOrigin) => {
    if (window === window.top || window.location.origin !== playerOrigin) return
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
  }, `http://127.0.0.1:${SAMPLE_PORT}`)
  await openHostPage(page, hostUrl)
  const a = page.frameLocator('#a')
  const frameA = page.frame({ url: new RegExp(`/embed/${embedded.a.slug}`) })
  const storage = await frameA?.evaluate(() => {
    try {
      return window.localStorage ? 'open' : 'none'
    } catch (error) {
      return (error as DOMException).name
    }
  })
  expect(storage).toBe('SecurityError')

  await player(a).getByRole('button', { name: 'Play', exact: true }).click()
  await expect.poll(() => framePosition(a), { timeout: 10_000 }).toBeGreaterThan(1)
  await player(a).getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(player(a).getByRole('button', { name: 'Play', exact: true })).toBeVisible()

  await openHostPage(page, hostUrl)
  expect(await framePosition(a)).toBe(0)
})

test('the embed pages may be framed by other sites, the episode pages may not', async ({
  request,
}) => {
  const embed = await request.get(`/embed/${embedded.b.slug}`)
  expect(embed.headers()['content-security-policy']).toBeUndefined()
  expect(embed.headers()['x-frame-options']).toBeUndefined()
  for (const path of ['/', `/episodes/${embedded.b.slug}`]) {
    const site = await request.get(path)
    expect(site.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'")
    expect(site.headers()['x-frame-options'], path).toBe('SAMEORIGIN')
  }
})

test.describe('an episode page framed by another site', () => {
  test.use({
    allowConsoleErrors: [/frame-ancestors|Refused to display/],
    allowFailedRequests: [/\/episodes\//],
  })
  test('is refused by the browser', async ({ page }) => {
    const framed = page.waitForEvent('requestfailed', (request) =>
      request.url().includes(`/episodes/${embedded.b.slug}`),
    )
    await page.goto(`${hostUrl}frame?path=/episodes/${embedded.b.slug}`)
    expect((await framed).failure()?.errorText).toMatch(/BLOCKED_BY_RESPONSE/)
  })
})
