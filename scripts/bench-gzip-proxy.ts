import { createServer, request, type Server } from 'node:http'
import { pipeline } from 'node:stream'
import { createGzip } from 'node:zlib'

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/

/**
 * Puts gzip in front of a local static server, as every static host does for
 * text: Lighthouse then measures the transfer sizes a real deployment has,
 * not the raw bytes of a test server. Audio and ranges pass through untouched.
 */
export function startGzipProxy(upstreamPort: number, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '')
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
        if (!accepts || answer.statusCode === 206 || !compressible.test(type)) {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          pipeline(answer, res, () => undefined)
          return
        }
        const { 'content-length': _length, ...headers } = answer.headers
        res.writeHead(answer.statusCode ?? 502, {
          ...headers,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
        })
        pipeline(answer, createGzip({ level: 9 }), res, () => undefined)
      },
    )
    upstream.on('error', () => res.writeHead(502).end())
    pipeline(req, upstream, () => undefined)
  })
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)))
}
