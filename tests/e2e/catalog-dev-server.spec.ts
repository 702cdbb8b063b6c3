import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEV_PORT } from '../playwright.config.ts'
import { resultList, resultTitles, titles } from './catalog-helpers.ts'
import { expect, test } from './support/test.ts'

// `npm run dev` on a copy of the sample catalog, edited while a page is open.
// Generous: a dev server's first start on a loaded machine can take a minute or more.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
// Tall enough for every card of the sample catalog to be in the windowed list.
test.use({ viewport: { width: 1280, height: 2400 } })

const origin = `http://127.0.0.1:${DEV_PORT}`
let catalog = ''
let server: ChildProcess | null = null
let output = ''

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resume) => setTimeout(resume, 200))
  }
  throw new Error(`the dev server did not start:\n${output}`)
}

test.beforeAll(async () => {
  catalog = mkdtempSync(join(tmpdir(), 'dev-catalog-'))
  cpSync('episodes', catalog, { recursive: true })
  // Vite's own script, not npx, so that stopping the process stops the server.
  const vite = join('node_modules', 'vite', 'bin', 'vite.js')
  const args = [vite, '--port', String(DEV_PORT), '--strictPort', '--host', '127.0.0.1']
  server = spawn(process.execPath, args, {
    env: { ...process.env, EPISODES_DIR: catalog },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => {
    output += chunk
  })
  server.stderr?.on('data', (chunk) => {
    output += chunk
  })
  await waitForServer(Date.now() + 150_000)
})

test.afterAll(() => {
  server?.kill()
  rmSync(catalog, { recursive: true, force: true })
})

const rustFile = () =>
  join(catalog, 'byte-sized-builders/2024/rust-command-line-tools-that-spark-joy.md')

test('editing, adding and deleting episode files updates the open page without a reload', async ({
  page,
}) => {
  await page.goto(`${origin}/`)
  await expect.poll(() => resultTitles(page)).toContain(titles.rust)
  // Survives only as long as the page is not reloaded.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }))

  const original = readFileSync(rustFile(), 'utf8')
  writeFileSync(rustFile(), original.replace(`title: ${titles.rust}`, 'title: Rust Tools, Edited'))
  await expect.poll(() => resultTitles(page)).toContain('Rust Tools, Edited')

  const added = original
    .replace(/^id: .*$/m, 'id: added-while-open')
    .replace(/^slug: .*$/m, 'slug: added-while-open')
    .replace(`title: ${titles.rust}`, 'title: Added While Open')
  writeFileSync(join(catalog, 'added-while-open.md'), added)
  await expect.poll(() => resultTitles(page)).toContain('Added While Open')

  rmSync(join(catalog, 'added-while-open.md'))
  await expect.poll(() => resultTitles(page)).not.toContain('Added While Open')
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
})

test("editing a show's entry file updates the open page; its artwork is served from memory", async ({
  page,
}) => {
  await page.goto(`${origin}/shows/byte-sized-builders`)
  const main = page.getByRole('main')
  const artwork = main.getByRole('img', { name: /^Byte-Sized Builders artwork/ })
  await expect(artwork).toHaveAttribute('src', /^\/assets\/images\/byte-sized-builders-160-/)
  await expect.poll(() => artwork.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160)
  await page.evaluate(() => Object.assign(window, { notReloaded: true }))

  const file = join(catalog, 'shows/byte-sized-builders/index.md')
  const original = readFileSync(file, 'utf8')
  writeFileSync(
    file,
    original.replace('name: Byte-Sized Builders', 'name: Byte-Sized Builders Live'),
  )
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Byte-Sized Builders Live')
  writeFileSync(file, original)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Byte-Sized Builders')
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
})

test('a content error shows in the overlay, and fixing it brings the page back', async ({
  page,
}) => {
  await page.goto(`${origin}/`)
  await expect.poll(() => resultTitles(page)).toContain(titles.databases)
  const file = join(catalog, 'byte-sized-builders/2025/tiny-databases-big-ideas.md')
  const original = readFileSync(file, 'utf8')
  writeFileSync(file, original.replace(/^duration: .*$/m, 'duration: soon'))
  const overlay = page.locator('vite-error-overlay')
  await expect(overlay).toContainText('tiny-databases-big-ideas.md')
  await expect(overlay).toContainText('duration')
  writeFileSync(file, original)
  await expect(overlay).toHaveCount(0)
  // Fixing the error reloads the page: a locator assertion waits through the reload.
  await expect(
    resultList(page).getByRole('heading', { level: 2, name: titles.databases }),
  ).toBeVisible()
})

test('serves the transcript files from memory, for any origin, and follows edits to them', async ({
  request,
}) => {
  const url = `${origin}/episodes/ebpf-for-the-curious/transcript.vtt`
  const served = await request.get(url)
  expect(served.headers()['content-type']).toBe('text/vtt; charset=utf-8')
  expect(served.headers()['access-control-allow-origin']).toBe('*')
  expect(await served.text()).toContain('<v Noor Halvorsen>Programs in the Kernel')
  const document = await request.get(`${origin}/data/transcripts/ebpf-for-the-curious.json`)
  expect(document.headers()['access-control-allow-origin']).toBe('*')

  const file = join(catalog, 'edge-of-the-stack/2025/ebpf-for-the-curious.vtt')
  const original = readFileSync(file, 'utf8')
  writeFileSync(file, original.replace('Programs in the Kernel', 'Programs, Edited'))
  await expect.poll(async () => (await request.get(url)).text()).toContain('Programs, Edited')
  writeFileSync(file, original)
  await expect.poll(async () => (await request.get(url)).text()).toContain('Programs in the Kernel')
})
