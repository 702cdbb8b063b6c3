import { createServer, type Server } from 'node:http'
import type { FrameLocator, Page } from '@playwright/test'
import { SAMPLE_PORT } from '../playwright.config.ts'
import { expect } from './support/test.ts'

/** Two sample episodes with chapters, embedded side by side by the host page. */
export const embedded = {
  a: { slug: 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist' },
  b: { slug: 'tiny-databases-big-ideas', secondChapter: 'Write-Ahead Logging in Plain Words' },
}

export interface ReceivedMessage {
  from: 'a' | 'b' | 'other'
  origin: string
  /** When the host page received it (performance.now(), ms). */
  at: number
  data: { type: string; episode: string; time: number; chapter?: string | null }
}

/**
 * A blog post on another site (http://localhost:<port>, while the player is on
 * http://127.0.0.1:<E2E_PORT>) that embeds the two episodes and records every
 * message it receives in `window.received`.
 */
function hostPage(): string {
  const frame = (id: string, slug: string, title: string) =>
    `<iframe id="${id}" title="${title}" src="http://127.0.0.1:${SAMPLE_PORT}/embed/${slug}" width="600" height="180" loading="lazy" allow="autoplay; encrypted-media"></iframe>`
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A blog post</title>
<script>
window.received = []
addEventListener('message', (event) => {
  const from = ['a', 'b'].find((id) => document.getElementById(id).contentWindow === event.source) ?? 'other'
  received.push({ from, origin: event.origin, data: event.data, at: performance.now() })
})
window.send = (id, message) => document.getElementById(id).contentWindow.postMessage(message, '*')
</script></head>
<body>
<h1>A blog post</h1>
<label>Comment <input id="comment"></label>
${frame('a', embedded.a.slug, 'Episode A')}
${frame('b', embedded.b.slug, 'Episode B')}
</body>
</html>`
}

/** A page of the same site that tries to frame an episode page (not an embed page). */
const framingPage = (path: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Framing</title></head>
<body><iframe id="site" title="Episode page" src="http://127.0.0.1:${SAMPLE_PORT}${path}"></iframe></body>
</html>`

/** Serves the host page (`/`, or `/frame?path=…` to frame any page of the site) on its own port. */
export async function startHostServer(port: number): Promise<Server> {
  const html = hostPage()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const body = url.pathname === '/frame' ? framingPage(url.searchParams.get('path') ?? '/') : html
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready))
  return server
}

export const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: ReceivedMessage[] }).received)

/** The types of the messages from one embed, in arrival order. */
export async function typesFrom(page: Page, from: 'a' | 'b'): Promise<string[]> {
  return (await received(page)).filter((m) => m.from === from).map((m) => m.data.type)
}

export const send = (page: Page, id: 'a' | 'b', message: unknown) =>
  page.evaluate(
    ([target, data]) =>
      (window as unknown as { send: (id: unknown, data: unknown) => void }).send(target, data),
    [id, message] as const,
  )

export const player = (frame: FrameLocator) => frame.getByRole('region', { name: 'Audio player' })

export async function framePosition(frame: FrameLocator): Promise<number> {
  const seek = player(frame).getByRole('slider', { name: 'Seek' })
  return Number((await seek.getAttribute('aria-valuenow')) ?? (await seek.inputValue()))
}

/** Opens the host page and waits until both embeds said `ready`. */
export async function openHostPage(page: Page, url: string) {
  await page.goto(url)
  await expect.poll(() => typesFrom(page, 'a')).toContain('ready')
  await expect.poll(() => typesFrom(page, 'b')).toContain('ready')
}

/** `expected` appear in `actual` in this order (other items may come between). */
export function inOrder(actual: string[], expected: string[]): boolean {
  let from = 0
  for (const item of expected) {
    const at = actual.indexOf(item, from)
    if (at < 0) return false
    from = at + 1
  }
  return true
}
