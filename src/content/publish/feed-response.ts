import type { ServerResponse } from 'node:http'

const FEED_FILE =
  /^(?:feed\.xml|feeds\/[a-z0-9-]+\.xml|archive\/(?:feed|feeds\/[a-z0-9-]+)\/\d+\.xml|episodes\/[a-z0-9-]+\/chapters\.json)$/

/** The path under the base of a feed or chapters file that `url` asks for, else null. */
export function feedFileOf(url: string, base: string): string | null {
  const pathname = url.split(/[?#]/)[0] ?? ''
  if (!pathname.startsWith(base)) return null
  const path = pathname.slice(base.length)
  return FEED_FILE.test(path) ? path : null
}

/** RSS for feeds; the Podcasting 2.0 type for chapters files. */
export const feedContentType = (path: string): string =>
  path.endsWith('.xml') ? 'application/rss+xml; charset=utf-8' : 'application/json+chapters'

export function sendFeedFile(res: ServerResponse, path: string, content: string): void {
  res.writeHead(200, { 'content-type': feedContentType(path), 'cache-control': 'no-cache' })
  res.end(content)
}
