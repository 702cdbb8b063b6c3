import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'

/** A square PNG of `side` pixels in one colour. */
export const squarePng = (side: number, background = '#0f766e') =>
  sharp({ create: { width: side, height: side, channels: 3, background } })
    .png()
    .toBuffer()

/** A logo twice as wide as it is high, with a script that must never reach the site. */
const WIDE_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
  <script>alert(1)</script>
  <rect width="200" height="100" fill="#b7410e"/>
</svg>`

export interface ImageServer {
  url: (path: string) => string
  /** Paths asked for, in order. */
  requests: string[]
  close: () => Promise<void>
}

/**
 * A local image host: `/ok.png` (a 300-pixel PNG), `/missing.png` (404),
 * `/page.png` (HTML), `/broken.png` (an image type over bytes that are not one),
 * `/huge.png` (says 50 MB), `/logo.svg` (a 200 × 100 SVG) and `/slow.png` (never answers).
 */
export async function startImageServer(): Promise<ImageServer> {
  const png = await squarePng(300)
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '')
    switch (req.url) {
      case '/ok.png':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(png)
      case '/page.png':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Sign in</p>')
      case '/broken.png':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end('not a picture')
      case '/huge.png':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': 50_000_000 })
        return void res.write(png)
      case '/logo.svg':
        return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(WIDE_LOGO)
      case '/slow.png':
        return
      default:
        return void res.writeHead(404).end()
    }
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    },
  }
}
