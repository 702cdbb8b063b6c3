/**
 * What a page fetches from a moment on, as Chromium's network stack sees it
 * (CDP), and what those responses weigh gzip'd: the test server sends them raw,
 * static hosts send text compressed.
 */
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'

export interface Transfer {
  url: string
  /** Bytes Chromium received for it, headers included. */
  rawBytes: number
  /** Answered from a cache or with 304: no body crossed the network. */
  cached: boolean
}

export interface TransferLog {
  /** Counts the requests started from now on (and forgets those counted before). */
  mark(): void
  /** The counted requests that have finished. */
  finished(): Transfer[]
  /** The URLs of the counted requests started so far, finished or not. */
  started(): string[]
  /** Resolves once no request of the page has been in flight for `quietMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>
}

export async function watchTransfers(page: Page): Promise<TransferLog> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let counting = false
  let started: string[] = []
  let done: Transfer[] = []
  const counted = new Map<string, { url: string; cached: boolean }>()
  const inFlight = new Set<string>()
  let lastActivity = performance.now()
  const settle = (id: string) => {
    inFlight.delete(id)
    counted.delete(id)
    lastActivity = performance.now()
  }
  cdp.on('Network.requestWillBeSent', (event) => {
    // A redirect goes on under the same id.
    if (event.redirectResponse || !event.request.url.startsWith('http')) return
    inFlight.add(event.requestId)
    lastActivity = performance.now()
    if (!counting) return
    started.push(event.request.url)
    counted.set(event.requestId, { url: event.request.url, cached: false })
  })
  const markCached = (id: string) => {
    const request = counted.get(id)
    if (request) request.cached = true
  }
  cdp.on('Network.requestServedFromCache', (event) => markCached(event.requestId))
  cdp.on('Network.responseReceived', (event) => {
    const { status, fromDiskCache, fromPrefetchCache, fromServiceWorker } = event.response
    if (status === 304 || fromDiskCache || fromPrefetchCache || fromServiceWorker) {
      markCached(event.requestId)
    }
  })
  cdp.on('Network.loadingFinished', (event) => {
    const request = counted.get(event.requestId)
    if (request) done.push({ ...request, rawBytes: event.encodedDataLength })
    settle(event.requestId)
  })
  cdp.on('Network.loadingFailed', (event) => settle(event.requestId))
  return {
    mark() {
      counting = true
      started = []
      done = []
      counted.clear()
    },
    finished: () => [...done],
    started: () => [...started],
    async quiet(quietMs = 500, timeoutMs = 15_000) {
      const until = performance.now() + timeoutMs
      while (inFlight.size > 0 || performance.now() - lastActivity < quietMs) {
        if (performance.now() > until) return
        await new Promise((wake) => setTimeout(wake, 25))
      }
    },
  }
}

/** Formats whose bytes are compressed already: hosts send them as they are. */
const precompressed = /\.(png|jpe?g|webp|avif|gif|woff2?|mp3)$/i

/**
 * What a URL is: code, images, or a part of an index by its folder below the
 * build's (`search terms`, `browse cards`, `browse rows` for the rows of
 * counts, `browse options` for an option's part).
 */
export function kindOf(url: string): string {
  const { pathname } = new URL(url)
  const part = /\/data\/(browse|search)\/(.+)$/.exec(pathname)
  if (part) {
    const [, index = '', path = ''] = part
    // Every part but the entry part lies under the build's folder.
    const [folder = '', file = ''] = path.split('/').slice(1)
    if (!folder) return `${index} ${path}`
    if (index === 'search' || folder === 'cards') return `${index} ${folder}`
    if (file === 'tail.json') return 'browse tails'
    return file.startsWith('rows-') ? 'browse rows' : 'browse options'
  }
  if (/\.(js|css)$/.test(pathname)) return 'code (JS, CSS)'
  if (/\.(png|jpe?g|webp|avif|gif|svg)$/i.test(pathname)) return 'images'
  return 'other'
}

export interface Weight {
  requests: number
  rawBytes: number
  gzipBytes: number
}

export interface Weighed extends Weight {
  byKind: Record<string, Weight>
}

const gzipped = new Map<string, number>()

/**
 * The body of `url` gzip'd (level 6, as the index benchmarks count), fetched
 * again from the server; compressed formats count as they are.
 */
async function gzipBytes(url: string): Promise<number> {
  const known = gzipped.get(url)
  if (known !== undefined) return known
  const body = new Uint8Array(await (await fetch(url)).arrayBuffer())
  const { pathname } = new URL(url)
  const bytes = precompressed.test(pathname) ? body.length : gzipSync(body, { level: 6 }).length
  gzipped.set(url, bytes)
  return bytes
}

/** Sums transfers, raw (as received) and gzip'd, in all and by kind of part. */
export async function weigh(transfers: readonly Transfer[]): Promise<Weighed> {
  const weighed: Weighed = { requests: 0, rawBytes: 0, gzipBytes: 0, byKind: {} }
  for (const transfer of transfers) {
    const gzip = transfer.cached ? 0 : await gzipBytes(transfer.url)
    const kind = kindOf(transfer.url)
    const sum = weighed.byKind[kind] ?? { requests: 0, rawBytes: 0, gzipBytes: 0 }
    for (const total of [weighed, sum]) {
      total.requests++
      total.rawBytes += transfer.rawBytes
      total.gzipBytes += gzip
    }
    weighed.byKind[kind] = sum
  }
  return weighed
}
