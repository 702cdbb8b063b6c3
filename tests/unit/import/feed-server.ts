import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { startAppServer } from '../../support/serve-app.ts'

const FIXTURES = 'tests/fixtures/feeds'

export interface FeedServer {
  origin: string
  /** The served folder: add or change files to change what the server answers. */
  root: string
  url: (path: string) => string
  close: () => Promise<void>
}

export const pngOf = (color: string) =>
  sharp({ create: { width: 48, height: 48, channels: 3, background: color } })
    .png()
    .toBuffer()

/**
 * Serves the fixture feeds (with `{{origin}}` and `{{host}}` made this server's),
 * their chapters files and generated artwork over HTTP on a free port, as a
 * podcast host would.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const root = mkdtempSync(join(tmpdir(), 'feed-host-'))
  const server = await startAppServer({ root, port: 0 })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  cpSync(FIXTURES, join(root, 'feeds'), { recursive: true })
  mkdirSync(join(root, 'chapters'))
  cpSync(join(FIXTURES, 'chapters'), join(root, 'chapters'), { recursive: true })
  for (const name of readdirSync(join(root, 'feeds'))) {
    if (!name.endsWith('.xml')) continue
    const file = join(root, 'feeds', name)
    const text = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      text.replaceAll('{{origin}}', origin).replaceAll('{{host}}', `127.0.0.1:${port}`),
    )
  }
  for (const [path, color] of [
    ['art/garden.png', '#3a7'],
    ['art/ow-2.png', '#37a'],
    ['people/lena.png', '#a37'],
    ['people/sam.png', '#7a3'],
  ] as const) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), await pngOf(color))
  }
  return {
    origin,
    root,
    url: (path) => `${origin}/${path}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
        rmSync(root, { recursive: true, force: true })
      }),
  }
}
