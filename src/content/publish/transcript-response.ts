import type { ServerResponse } from 'node:http'

const TRANSCRIPT_FILE = /^episodes\/[a-z0-9-]+\/transcript\.(?:vtt|json)$/
const TRANSCRIPT_DOCUMENT = /^data\/transcripts\/[a-z0-9-]+\.json$/

/** The path under the base of a transcript file that `url` asks for, else null. */
export function transcriptFileOf(url: string, base: string): string | null {
  const pathname = url.split(/[?#]/)[0] ?? ''
  if (!pathname.startsWith(base)) return null
  const path = pathname.slice(base.length)
  return TRANSCRIPT_FILE.test(path) ? path : null
}

/**
 * Headers for transcripts: browser-based podcast players fetch them from other
 * origins, so any origin may read them (the same rule the README gives hosts).
 */
export function transcriptHeaders(url: string, base: string): Record<string, string> | null {
  const pathname = url.split(/[?#]/)[0] ?? ''
  if (!pathname.startsWith(base)) return null
  const path = pathname.slice(base.length)
  if (!TRANSCRIPT_FILE.test(path) && !TRANSCRIPT_DOCUMENT.test(path)) return null
  return { 'access-control-allow-origin': '*' }
}

export const transcriptContentType = (path: string): string =>
  path.endsWith('.vtt') ? 'text/vtt; charset=utf-8' : 'application/json; charset=utf-8'

export function sendTranscriptFile(res: ServerResponse, path: string, content: string): void {
  res.writeHead(200, {
    'content-type': transcriptContentType(path),
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  })
  res.end(content)
}
