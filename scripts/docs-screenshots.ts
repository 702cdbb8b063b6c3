/**
 * Takes the README's screenshots of a running site: the home and an episode page, in
 * the light and the dark theme, at desktop width.
 *
 *   tsx scripts/docs-screenshots.ts http://127.0.0.1:4173   (then look in docs/)
 */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const origin = process.argv[2] ?? 'http://127.0.0.1:4173'
const pages = [
  { name: 'home', path: '/' },
  { name: 'episode', path: '/episodes/ebpf-for-the-curious' },
]

mkdirSync('docs', { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
})
try {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(
      (chosen) => localStorage.setItem('podcast-player:theme', chosen),
      theme,
    )
    // Avatars come from GitHub: off the network, their initials show instead.
    await context.route('https://github.com/**', (route) => route.abort())
    const page = await context.newPage()
    for (const { name, path } of pages) {
      await page.goto(new URL(path, origin).href)
      await page.locator('main h1').first().waitFor()
      await page.waitForFunction(() => [...document.images].every((image) => image.complete))
      await page.screenshot({ path: `docs/${name}-${theme}.png` })
      console.log(`docs/${name}-${theme}.png`)
    }
    await context.close()
  }
} finally {
  await browser.close()
}
