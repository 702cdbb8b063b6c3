import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { runImport } from '../../src/import/run-import.ts'
import { buildApp, startAppServer } from '../support/serve-app.ts'
import { silentMp3 } from '../support/silent-mp3.ts'
import { expectPlaying } from './player-support.ts'
import { audioPlayer, openPage } from './support/pages.ts'
import { expect, test } from './support/test.ts'

const folders: string[] = []
const servers: Server[] = []
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  folders.push(dir)
  return dir
}
const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

let site = ''
let host = ''

/** A podcast host (feed, audio, chapters, artwork) on one port; the imported catalog built and served on another. */
test.beforeAll(async () => {
  test.setTimeout(300_000)
  const hostRoot = temp('harbour-host-')
  const hostServer = await startAppServer({ root: hostRoot, port: 0 })
  const out = temp('harbour-site-')
  const siteServer = await startAppServer({ root: out, port: 0 })
  servers.push(hostServer, siteServer)
  host = origin(hostServer)
  site = origin(siteServer)
  const feed = readFileSync('tests/fixtures/feeds/browser-show.xml', 'utf8').replaceAll(
    '{{origin}}',
    host,
  )
  for (const folder of ['feeds', 'chapters', 'audio', 'art']) mkdirSync(join(hostRoot, folder))
  writeFileSync(join(hostRoot, 'feeds/harbour.xml'), feed)
  copyFileSync(
    'tests/fixtures/feeds/chapters/harbour-2.json',
    join(hostRoot, 'chapters/harbour-2.json'),
  )
  const audio = silentMp3(300)
  for (const name of ['harbour-2', 'harbour-trailer'])
    copyFileSync(audio, join(hostRoot, `audio/${name}.mp3`))
  const art = sharp({ create: { width: 1400, height: 1400, channels: 3, background: '#2a6f97' } })
  writeFileSync(join(hostRoot, 'art/harbour.png'), await art.png().toBuffer())

  const catalog = temp('harbour-catalog-')
  const report = await runImport({
    source: `${host}/feeds/harbour.xml`,
    into: catalog,
    force: false,
  })
  expect(report.leftOut).toEqual([])
  await buildApp(catalog, out, '/', `${site}/`)
})

test.afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

test('an imported show builds: its cards say season, number and trailer, and its episodes play from their chapters', async ({
  page,
}) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await openPage(page, `${site}/`)
  // The home also features the newest episode: the cards are those of the list.
  const card = (title: string) =>
    page.getByRole('list', { name: 'Episodes' }).getByRole('article', { name: title })
  await expect(card('Tides and Timetables')).toContainText('Season 1 · Episode 2')
  await expect(card('Welcome Aboard')).toContainText('Trailer')

  await card('Tides and Timetables').getByRole('link', { name: 'Tides and Timetables' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tides and Timetables')
  await expect(page.getByRole('main')).toContainText('Season 1 · Episode 2')
  await expect(page.getByRole('main').getByRole('link', { name: 'Otto Pilot' })).toBeVisible()
  const chapters = page.getByRole('list', { name: 'Chapters' }).getByRole('button')
  await expect(chapters).toHaveText([/Low Water/, /The Morning Ferry/, /High Tide/])
  await chapters.filter({ hasText: 'The Morning Ferry' }).click()
  await expectPlaying(page)
  await expect(audioPlayer(page)).toContainText('Chapter: The Morning Ferry')

  await openPage(page, `${site}/episodes/welcome-aboard`)
  await expect(page.getByRole('main')).toContainText('Trailer')
  await page
    .getByRole('list', { name: 'Chapters' })
    .getByRole('button', { name: /What Is Coming/ })
    .click()
  await expect(audioPlayer(page)).toContainText('Chapter: What Is Coming')

  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${site}/`) && !url.startsWith(`${host}/audio/`),
  )
  expect(elsewhere).toEqual([])
  expect(requests.some((url) => url.startsWith(`${host}/audio/`))).toBe(true)
})
