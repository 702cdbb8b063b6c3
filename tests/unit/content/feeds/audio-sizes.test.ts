import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import { buildFeeds } from '../../../../src/content/publish/build-feeds.ts'
import { probeAudioSize } from '../../../../src/content/read/audio-size-probe.ts'
import { findAudioSizes } from '../../../../src/content/read/audio-sizes.ts'
import { episode, fileIn, writeCatalog } from '../support/temp-catalog.ts'

// Local audio hosts, one per behaviour; nothing listens on DOWN.
const HEAD_PORT = 4720
const RANGE_PORT = 4721
const SLOW_PORT = 4722
const DOWN_PORT = 4729
const SIZE = 1_234_567

const requests: string[] = []
const servers: Server[] = []

function serve(port: number, handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    requests.push(`${port} ${req.method} ${req.headers.range ?? ''}`.trim())
    handle(req, res)
  })
  servers.push(server)
  return new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready))
}

beforeAll(async () => {
  await serve(HEAD_PORT, (req, res) => {
    res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': SIZE })
    res.end(req.method === 'HEAD' ? undefined : Buffer.alloc(16))
  })
  await serve(RANGE_PORT, (req, res) => {
    if (req.method === 'HEAD') return void res.writeHead(405).end()
    res.writeHead(206, { 'content-range': `bytes 0-0/${SIZE}`, 'content-length': 1 }).end('x')
  })
  // Answers nothing until the client gives up.
  await serve(SLOW_PORT, () => undefined)
})
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
})
beforeEach(() => {
  requests.length = 0
})

const url = (port: number, name = 'episode.mp3') => `http://127.0.0.1:${port}/audio/${name}`

describe('probeAudioSize', () => {
  it('reads the size from a HEAD answer', async () => {
    expect(await probeAudioSize(url(HEAD_PORT), 2000)).toEqual({ size: SIZE })
    expect(requests).toEqual([`${HEAD_PORT} HEAD`])
  })

  it('falls back to a one-byte Range request when HEAD is refused', async () => {
    expect(await probeAudioSize(url(RANGE_PORT), 2000)).toEqual({ size: SIZE })
    expect(requests).toEqual([`${RANGE_PORT} HEAD`, `${RANGE_PORT} GET bytes=0-0`])
  })

  it('says when the host is down', async () => {
    const result = await probeAudioSize(url(DOWN_PORT), 2000)
    expect(result).toEqual({ error: 'could not connect (ECONNREFUSED)' })
  })

  it('gives up on a slow host after the timeout, without asking it twice', async () => {
    expect(await probeAudioSize(url(SLOW_PORT), 300)).toEqual({ error: 'no answer within 0.3 s' })
    expect(requests).toEqual([`${SLOW_PORT} HEAD`])
  })
})

describe('findAudioSizes', () => {
  const root = mkdtempSync(join(tmpdir(), 'audio-sizes-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const catalogDir = join(root, 'catalog')
  const publicDir = join(root, 'public')
  mkdirSync(catalogDir)
  mkdirSync(join(publicDir, 'audio'), { recursive: true })
  writeFileSync(join(publicDir, 'audio', 'local.mp3'), Buffer.alloc(4321))
  const options = { catalogDir, publicDir, base: '/podcast/', probe: true, timeoutMs: 1500 }
  const urls = [
    url(HEAD_PORT, 'a.mp3'),
    url(RANGE_PORT, 'b.mp3'),
    url(DOWN_PORT, 'c.mp3'),
    url(SLOW_PORT, 'd.mp3'),
    '/podcast/audio/local.mp3',
    '/podcast/audio/missing.mp3',
  ]

  it('measures local files, asks hosts once, and keeps their answers in the cache file', async () => {
    const first = await findAudioSizes(urls, options)
    expect(Object.fromEntries(first.sizes)).toEqual({
      [url(HEAD_PORT, 'a.mp3')]: SIZE,
      [url(RANGE_PORT, 'b.mp3')]: SIZE,
      '/podcast/audio/local.mp3': 4321,
    })
    expect(first.unknown.get(url(DOWN_PORT, 'c.mp3'))).toBe(
      'its host answered: could not connect (ECONNREFUSED)',
    )
    expect(first.unknown.get(url(SLOW_PORT, 'd.mp3'))).toBe(
      'its host answered: no answer within 1.5 s',
    )
    expect(first.unknown.get('/podcast/audio/missing.mp3')).toMatch(/no file .*missing\.mp3/)
    const cache = readFileSync(join(catalogDir, 'audio-sizes.json'), 'utf8')
    expect(cache).toBe(
      `{\n  "${url(HEAD_PORT, 'a.mp3')}": ${SIZE},\n  "${url(RANGE_PORT, 'b.mp3')}": ${SIZE}\n}\n`,
    )

    requests.length = 0
    const second = await findAudioSizes(urls.slice(0, 2), options)
    expect(second.sizes.get(url(RANGE_PORT, 'b.mp3'))).toBe(SIZE)
    expect(second.asked).toBe(0)
    expect(requests).toEqual([])
  })

  it('asks no host when probing is off', async () => {
    const result = await findAudioSizes([url(HEAD_PORT, 'new.mp3')], { ...options, probe: false })
    expect(result.sizes.size).toBe(0)
    expect(result.unknown.get(url(HEAD_PORT, 'new.mp3'))).toMatch(/FEEDS_PROBE=0/)
    expect(requests).toEqual([])
  })
})

describe('buildFeeds', () => {
  it('estimates what no host could tell, warns at the episode, and asks nothing on the next build', async () => {
    const dir = writeCatalog({
      'known.md': episode({
        id: 'known',
        slug: 'known',
        duration: '100',
        audioFileSize: '',
        audioUrl: url(HEAD_PORT, 'known.mp3'),
      }),
      'lost.md': episode({
        id: 'lost',
        slug: 'lost',
        duration: '50',
        audioFileSize: '',
        audioUrl: url(DOWN_PORT, 'lost.mp3'),
      }),
      'site.yaml': 'baseUrl: https://podcast.example.com/\n',
    })
    const options = { catalogDir: dir, publicDir: null, base: '/', probe: true, timeoutMs: 1500 }
    const build = async () =>
      buildFeeds(await compileCatalog({ dir, includeScheduled: false }), options)
    const first = await build()
    const feed = first.files.find((file) => file.path === 'feed.xml')?.content ?? ''
    expect(feed).toContain(`url="${url(HEAD_PORT, 'known.mp3')}" length="${SIZE}"`)
    // Half the duration at the known episode's bitrate.
    const estimate = Math.round(SIZE / 2)
    expect(feed).toContain(`url="${url(DOWN_PORT, 'lost.mp3')}" length="${estimate}"`)
    expect(first.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: fileIn(dir, 'lost.md'),
        line: 2,
        field: 'audioFileSize',
        code: 'audio-size-estimated',
        message: expect.stringMatching(
          new RegExp(
            `could not connect \\(ECONNREFUSED\\).*${estimate} bytes.*add \`audioFileSize:\``,
          ),
        ),
      }),
    ])
    requests.length = 0
    const second = await build()
    expect(requests).toEqual([])
    expect(second.files.find((file) => file.path === 'feed.xml')?.content).toBe(feed)
  })
})
