/**
 * Builds the app for one catalog and serves it the way a static host with
 * HTTP Range support would, so browser tests and benchmarks run against the
 * real production build.
 *
 *   tsx tests/support/serve-app.ts --catalog episodes --out dist-e2e/sample --port 4311 [--no-build]
 *     [--base /podcast/] [--pace-kbps 1600]
 *
 * Audio faults for the player's failure tests: `POST /__faults` with
 * `{"path": "/audio/x.mp3", "mode": "404" | "drop" | "stall" | "garbage" | "html"}`
 * sets one ("drop" cuts the connection after `"after"` bytes of the file, 16 kB by default), `{"path": "/audio/x.mp3", "mode": null}` clears it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { Transform } from 'node:stream'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

export const faultModes = ['404', 'drop', 'stall', 'garbage', 'html'] as const
export type FaultMode = (typeof faultModes)[number]

/** Bytes of the file a "drop" fault serves (unless told `after`); later ranges are cut at once. */
export const DROP_AFTER_BYTES = 16 * 1024

interface Fault {
  mode: FaultMode
  after: number
}

export interface AppServerOptions {
  root: string
  base?: string
  port: number
  /** Paces audio (.mp3) bodies to this many bytes per second, like a slow link. */
  audioBytesPerSecond?: number
  /** Serves these files at these URL paths instead of the build's. */
  overrides?: Record<string, string>
  /** Told about every chunk of audio body sent, for benchmarks. */
  onAudioBytes?: (path: string, bytes: number) => void
}

/** Sends audio bodies no faster than `bytesPerSecond`. */
function pace(bytesPerSecond: number): Transform {
  const started = performance.now()
  let sent = 0
  return new Transform({
    highWaterMark: 8 * 1024,
    transform(chunk: Buffer, _encoding, done) {
      const pieces: Buffer[] = []
      for (let offset = 0; offset < chunk.length; offset += 4096) {
        pieces.push(chunk.subarray(offset, offset + 4096))
      }
      const next = () => {
        const piece = pieces.shift()
        if (!piece) return done()
        sent += piece.length
        const due = started + (sent / bytesPerSecond) * 1000
        setTimeout(
          () => {
            this.push(piece)
            next()
          },
          Math.max(0, due - performance.now()),
        )
      }
      next()
    },
  })
}

/** A deterministic body that is not audio in any codec. */
const garbage = (size: number) => {
  const bytes = Buffer.alloc(size)
  let seed = 42
  for (let index = 0; index < size; index++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    bytes[index] = (seed >> 16) & 0x7f
  }
  return bytes
}

/**
 * The headers the README asks static hosts to send: the embed pages may be
 * framed by any site, every other page only by the site itself.
 */
export function framingHeaders(pathname: string, base: string): Record<string, string> {
  if (pathname.startsWith(`${base}embed/`)) return {}
  return { 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' }
}

/** What the README asks static hosts to send with transcripts: any origin may read them. */
export function transcriptHeaders(pathname: string, base: string): Record<string, string> {
  const path = pathname.slice(base.length)
  const transcript =
    /^episodes\/[a-z0-9-]+\/transcript\.(?:vtt|json)$/.test(path) ||
    /^data\/transcripts\/[a-z0-9-]+\.json$/.test(path)
  return transcript ? { 'access-control-allow-origin': '*' } : {}
}

export function startAppServer(options: AppServerOptions): Promise<Server> {
  const root = resolve(options.root)
  const base = (options.base ?? '/').endsWith('/') ? (options.base ?? '/') : `${options.base}/`
  const faults = new Map<string, Fault>()

  /** Resolves a request path inside the build folder; never outside it. */
  function fileFor(pathname: string): string | null {
    const override = options.overrides?.[pathname]
    if (override) return resolve(override)
    if (!pathname.startsWith(base)) return null
    const relative = normalize(decodeURIComponent(pathname.slice(base.length)))
    const file = join(root, relative)
    if (!file.startsWith(root)) return null
    if (existsSync(file) && statSync(file).isFile()) return file
    // A folder is served by its index.html, as static hosts do: `/episodes/<slug>` (with or
    // without a trailing slash) is the prerendered `episodes/<slug>/index.html`.
    const index = join(file, 'index.html')
    return existsSync(index) ? index : null
  }

  function sendFile(req: IncomingMessage, res: ServerResponse, file: string, fault?: Fault) {
    const size = statSync(file).size
    const isAudio = extname(file) === '.mp3'
    const headers: Record<string, string | number> = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      'cache-control': 'no-cache',
      ...framingHeaders(new URL(req.url ?? '/', 'http://localhost').pathname, base),
      ...transcriptHeaders(new URL(req.url ?? '/', 'http://localhost').pathname, base),
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
    let start = 0
    let end = size - 1
    if (range) {
      start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
      end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
      if (start >= size || start > end) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
        return
      }
    }
    if (fault?.mode === 'drop' && start >= fault.after) return void req.socket.destroy()
    res.writeHead(range ? 206 : 200, {
      ...headers,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
      'content-length': end - start + 1,
    })
    if (req.method === 'HEAD') return void res.end()
    if (fault?.mode === 'stall') return
    const body = createReadStream(file, {
      start,
      end: fault?.mode === 'drop' ? Math.min(end, fault.after - 1) : end,
    })
    if (fault?.mode === 'drop') body.on('end', () => req.socket.destroy())
    const paced =
      isAudio && options.audioBytesPerSecond ? body.pipe(pace(options.audioBytesPerSecond)) : body
    const { onAudioBytes } = options
    if (isAudio && onAudioBytes) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname
      paced.on('data', (chunk: Buffer) => {
        if (!res.destroyed) onAudioBytes(path, chunk.length)
      })
    }
    paced.pipe(res)
    res.on('close', () => {
      body.destroy()
      if (paced !== body) paced.destroy()
    })
  }

  function serveFault(req: IncomingMessage, res: ServerResponse, file: string, fault: Fault) {
    if (fault.mode === '404') {
      return void res
        .writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' })
        .end('Not found')
    }
    if (fault.mode === 'html') {
      // What a host's HTML fallback page answers for a missing file: 200, but not audio.
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end('<!doctype html><title>Podcast</title><p>Not here.</p>'.repeat(40))
    }
    if (fault.mode === 'garbage') {
      const body = garbage(256 * 1024)
      return void res
        .writeHead(200, {
          'content-type': 'audio/mpeg',
          'content-length': body.length,
          'cache-control': 'no-store',
        })
        .end(body)
    }
    sendFile(req, res, file, fault)
  }

  function controlFaults(req: IncomingMessage, res: ServerResponse) {
    let text = ''
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString()
    })
    req.on('end', () => {
      try {
        const { path, mode, after } = JSON.parse(text) as Record<string, unknown>
        if (typeof path !== 'string') throw new Error('path must be a URL path')
        const bytes = typeof after === 'number' && after > 0 ? after : DROP_AFTER_BYTES
        if (mode === null) faults.delete(path)
        else if (faultModes.includes(mode as FaultMode)) {
          faults.set(path, { mode: mode as FaultMode, after: bytes })
        } else throw new Error(`mode must be one of ${faultModes.join(', ')} or null`)
        res.writeHead(204).end()
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error))
      }
    })
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/__faults' && req.method === 'POST') return controlFaults(req, res)
    const file = fileFor(url.pathname)
    const fault = faults.get(url.pathname)
    if (file && fault) return serveFault(req, res, file, fault)
    if (file) return sendFile(req, res, file)
    // Like a static host's not-found page: unknown data is a 404, other unknown paths get
    // 404.html, with 200 here (a 404 status would count as a failed request in every test).
    const fallback = join(root, '404.html')
    if (url.pathname.startsWith(`${base}data/`) || !existsSync(fallback)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    sendFile(req, res, fallback)
  })
  return new Promise((ready) => server.listen(options.port, '127.0.0.1', () => ready(server)))
}

/** Builds the app for `catalog` into `out` with the production settings. */
export async function buildApp(
  catalog: string,
  out: string,
  base = '/',
  siteUrl?: string,
): Promise<void> {
  process.env.EPISODES_DIR = resolve(catalog)
  process.env.BASE_PATH = base
  // The feeds' absolute URLs point at this server, unless SITE_URL is set already.
  if (siteUrl) process.env.SITE_URL ??= siteUrl
  // The suite never depends on a third-party host: images come from the catalog or its cache.
  process.env.IMAGES_FETCH ??= '0'
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir: resolve(out), emptyOutDir: true } })
  // The embed player is its own build into the same folder (see vite.config.ts).
  await build({
    logLevel: 'warn',
    mode: 'embed',
    build: { outDir: resolve(out), emptyOutDir: false },
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      catalog: { type: 'string', default: 'episodes' },
      out: { type: 'string', default: 'dist-e2e/sample' },
      port: { type: 'string', default: '4311' },
      base: { type: 'string', default: '/' },
      'no-build': { type: 'boolean', default: false },
      'pace-kbps': { type: 'string' },
    },
  })
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`
  if (!values['no-build']) {
    await buildApp(values.catalog, values.out, base, `http://127.0.0.1:${values.port}/`)
  }
  const kbps = values['pace-kbps'] ? Number(values['pace-kbps']) : undefined
  await startAppServer({
    root: values.out,
    base,
    port: Number(values.port),
    ...(kbps ? { audioBytesPerSecond: (kbps * 1000) / 8 } : {}),
  })
  console.log(`Serving ${resolve(values.out)} at http://127.0.0.1:${values.port}${base}`)
}
