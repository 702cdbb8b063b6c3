import { relative, resolve, sep } from 'node:path'
import type { ErrorPayload, HotPayload } from 'vite'
import { UNPUBLISHED_DOCUMENTS } from '../compile/catalog-index.ts'
import { hasErrors } from '../compile/content-error.ts'
import type { ContentProblem } from '../read/problems.ts'
import { formatReport } from '../read/problems.ts'

export interface DataResponse {
  status: 200 | 404
  body: string
}

/**
 * The decoded path that `url` asks for below `prefix`, without its query or
 * fragment; null when it is not below `prefix`, empty when it cannot be decoded.
 */
export function pathUnder(url: string, prefix: string): string | null {
  const pathname = url.split(/[?#]/)[0] ?? ''
  if (!pathname.startsWith(prefix)) return null
  try {
    return decodeURIComponent(pathname.slice(prefix.length))
  } catch {
    return ''
  }
}

/**
 * Answers `${base}data/…` from the compiled documents; null for other URLs.
 * Unknown documents get a JSON 404, like a static host would give.
 */
export function dataResponse(
  documents: ReadonlyMap<string, string>,
  url: string,
  base: string,
): DataResponse | null {
  const path = pathUnder(url, `${base}data/`)
  if (path === null) return null
  const body = UNPUBLISHED_DOCUMENTS.has(path) ? undefined : documents.get(path)
  if (body !== undefined) return { status: 200, body }
  return { status: 404, body: JSON.stringify({ error: `No such document: data/${path}` }) }
}

const CATALOG_FILE = /\.(?:md|mdx|yaml|png|jpe?g|gif|webp|avif|svg|vtt|srt|json)$/i

/** Episode files, registries, entry files, their images and transcripts: the files whose change means a recompile. */
export function isCatalogFile(file: string, dir: string): boolean {
  const path = relative(resolve(dir), resolve(file))
  if (path.startsWith('..') || path.split(sep).some((part) => part.startsWith('.'))) return false
  return CATALOG_FILE.test(path) || !/\.[^/\\]+$/.test(path)
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
}

/** Answers `${base}assets/content/…` and `${base}assets/images/…` from the published images; null for other URLs. */
export function assetResponse(
  assets: ReadonlyMap<string, Uint8Array>,
  url: string,
  base: string,
): { type: string; body: Uint8Array } | null {
  const pathname = url.split(/[?#]/)[0] ?? ''
  if (!/^assets\/(content|images)\//.test(pathname.slice(base.length))) return null
  if (!pathname.startsWith(base)) return null
  const path = pathname.slice(base.length)
  const body = assets.get(path)
  const type = IMAGE_TYPES[path.slice(path.lastIndexOf('.') + 1)]
  return body && type ? { type, body } : null
}

/** The dev overlay's payload: every error in the message, the first one as the location. */
export function overlayError(
  problems: readonly ContentProblem[],
  cwd = process.cwd(),
): ErrorPayload {
  const errors = problems.filter((problem) => problem.severity === 'error')
  const first = errors[0]
  return {
    type: 'error',
    err: {
      message: `Content errors in the episode catalog:\n${formatReport(errors)}`,
      stack: '',
      plugin: 'episodes',
      ...(first && {
        id: first.file,
        loc: { file: resolve(cwd, first.file), line: first.line, column: first.column },
      }),
    },
  }
}

/** Runs `task` once after calls stop for `ms`; calls during a run queue one more run. */
export function debounce(task: () => Promise<void>, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = task().finally(() => {
      running = null
      if (again) {
        again = false
        void run()
      }
    })
  }
  return () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), ms)
  }
}

/**
 * What the open app gets after a recompile: the overlay for errors; once they
 * are fixed a reload (the overlay stays until one); otherwise a quiet refetch.
 */
export function updatePayload(
  problems: readonly ContentProblem[],
  wasFailing: boolean,
): HotPayload {
  if (hasErrors(problems)) return overlayError(problems)
  return wasFailing ? { type: 'full-reload' } : { type: 'custom', event: 'catalog:update' }
}
