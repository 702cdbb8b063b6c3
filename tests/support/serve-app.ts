/**
 * Builds the app for one catalog and serves it the way a static host with
 * HTTP Range support would, so browser tests and benchmarks run against the
 * real production build.
 *
 *   tsx tests/support/serve-app.ts --catalog episodes --out dist-e2e/sample --port 4311 [--no-build]
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    catalog: { type: 'string', default: 'episodes' },
    out: { type: 'string', default: 'dist-e2e/sample' },
    port: { type: 'string', default: '4311' },
    base: { type: 'string', default: '/' },
    'no-build': { type: 'boolean', default: false },
  },
})

const root = resolve(values.out)
const base = values.base.endsWith('/') ? values.base : `${values.base}/`

if (!values['no-build']) {
  process.env.EPISODES_DIR = resolve(values.catalog)
  process.env.BASE_PATH = base
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { outDir: root, emptyOutDir: true } })
}

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
  '.webmanifest': 'application/manifest+json',
}

/** Resolves a request path inside the build folder; never outside it. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(base)) return null
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)))
  const file = join(root, relative)
  if (!file.startsWith(root)) return null
  if (existsSync(file) && statSync(file).isFile()) return file
  // A folder is served by its index.html, as static hosts do for `/`.
  const index = join(file, 'index.html')
  return existsSync(index) ? index : null
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status = 200) {
  const size = statSync(file).size
  const headers: Record<string, string | number> = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'cache-control': 'no-cache',
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  if (range && status === 200) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
      return
    }
    res.writeHead(206, {
      ...headers,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': end - start + 1,
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file, { start, end }).pipe(res)
    return
  }
  res.writeHead(status, { ...headers, 'content-length': size })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const file = fileFor(url.pathname)
  if (file) return sendFile(req, res, file)
  // Like a static host with a rewrite rule: unknown data is a 404, app routes get the app
  // with 200 (a 404 status on deep links would count as a failed request in every test).
  const fallback = join(root, '404.html')
  if (url.pathname.startsWith(`${base}data/`) || !existsSync(fallback)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  sendFile(req, res, fallback)
})

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`)
})
