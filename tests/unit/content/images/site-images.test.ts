import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import type {
  EpisodeDocument,
  PersonDocument,
  ShowDocument,
  TechnologyDocument,
} from '../../../../src/content/documents.ts'
import { buildFeeds } from '../../../../src/content/publish/build-feeds.ts'
import { feedShow } from '../../../../src/content/publish/feed-input.ts'
import { resolveSiteImages } from '../../../../src/content/read/images/site-images.ts'
import { episode, fileIn, writeCatalog } from '../support/temp-catalog.ts'
import { type ImageServer, squarePng, startImageServer } from './image-server.ts'

let host: ImageServer
beforeAll(async () => {
  host = await startImageServer()
})
afterAll(() => host.close())

const people = (url: (path: string) => string) => `jane:
  name: Jane Doe
  avatar: ${url('/ok.png')}
sam:
  name: Sam Lost
  avatar: ${url('/missing.png')}
kim:
  name: Kim Slow
  image: ${url('/slow.png')}
lee:
  name: Lee Page
  avatar: ${url('/page.png')}
max:
  name: Max Broken
  avatar: ${url('/broken.png')}
ann:
  name: Ann Local
  avatar: ./faces/ann.png
`

async function catalog() {
  return writeCatalog({
    'people.yaml': people(host.url),
    'faces/ann.png': await squarePng(64, '#9d174d'),
    'shows.yaml': `alpha:\n  name: Alpha\n  podcast:\n    artworkUrl: ${host.url('/ok.png')}\n`,
    'one.md': episode({ show: 'alpha', guests: '[jane, sam, kim, lee, max, ann]' }),
  })
}

const read = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')

describe('avatars and artwork served by the site', () => {
  it('downloads each image once, resizes it under a content-hashed name, and warns about the rest', async () => {
    const dir = await catalog()
    const compile = () =>
      compileCatalog({ dir, includeScheduled: true, fetchImages: true, imageTimeoutMs: 1500 })
    const first = await compile()
    const jane = read<PersonDocument>(first.documents, 'people/jane.json').avatar
    expect(jane).toEqual({
      url: expect.stringMatching(/^\/assets\/images\/jane-96-[0-9a-f]{8}\.webp$/),
      url2x: expect.stringMatching(/^\/assets\/images\/jane-192-[0-9a-f]{8}\.webp$/),
      alt: 'Avatar of Jane Doe',
      width: 96,
      height: 96,
      type: 'image/webp',
      source: host.url('/ok.png'),
      sourceWidth: 300,
      sourceHeight: 300,
    })
    // The name carries the hash of the bytes published, at the size it says.
    for (const [url, side] of [
      [jane?.url, 96],
      [jane?.url2x, 192],
    ] as const) {
      const bytes = first.assets.get(url?.slice(1) ?? '')
      if (!bytes) throw new Error(`${url} is not published`)
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8)
      expect(url).toContain(`-${hash}.webp`)
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: side })
    }
    // A file beside the entry smaller than twice the box gives one size only.
    expect(read<PersonDocument>(first.documents, 'people/ann.json').avatar).toMatchObject({
      url: expect.stringMatching(/^\/assets\/images\/ann-64-[0-9a-f]{8}\.webp$/),
      url2x: null,
      width: 64,
      source: null,
    })
    // The show's artwork: pages get the local copy, the feed keeps the original URL.
    const show = read<ShowDocument>(first.documents, 'shows/alpha.json')
    expect(show.artwork).toMatchObject({
      url: expect.stringMatching(/^\/assets\/images\/alpha-160-[0-9a-f]{8}\.webp$/),
      url2x: expect.stringMatching(/^\/assets\/images\/alpha-300-[0-9a-f]{8}\.webp$/),
      source: host.url('/ok.png'),
    })
    expect(feedShow({ ...show, count: 1 }).artwork?.url).toBe(host.url('/ok.png'))

    for (const slug of ['sam', 'kim', 'lee', 'max']) {
      expect(read<PersonDocument>(first.documents, `people/${slug}.json`).avatar).toBeNull()
    }
    const warnings = first.problems.filter((problem) => problem.file.endsWith('people.yaml'))
    expect(warnings.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      [
        'warning',
        6,
        'sam.avatar',
        expect.stringMatching(
          /Sam Lost could not be downloaded from .*\/missing\.png: the host answered 404; the pages show the initials\. Fix the URL/,
        ),
      ],
      ['warning', 9, 'kim.image', expect.stringMatching(/Kim Slow .*: no answer within 1\.5 s;/)],
      [
        'warning',
        12,
        'lee.avatar',
        expect.stringMatching(/Lee Page .*: the host answered with text\/html, not an image;/),
      ],
      [
        'warning',
        15,
        'max.avatar',
        expect.stringMatching(
          /Max Broken .*: it is image\/png that the build cannot read as an image;/,
        ),
      ],
    ])
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([])

    // The cache folder beside the catalog keeps what was downloaded, as downloaded.
    const index = JSON.parse(readFileSync(join(dir, 'image-cache', 'index.json'), 'utf8'))
    expect(Object.keys(index)).toEqual([host.url('/ok.png')])
    const cached = readFileSync(join(dir, 'image-cache', index[host.url('/ok.png')]))
    expect(cached).toEqual(await squarePng(300))

    // A second build asks nothing for what the cache holds, and gives the same documents.
    const asked = host.requests.length
    const second = await compile()
    expect(host.requests.slice(asked)).not.toContain('/ok.png')
    expect(host.requests.slice(asked)).toContain('/missing.png')
    expect(second.documents.get('people/jane.json')).toBe(first.documents.get('people/jane.json'))
  })

  it('downloads nothing when asked not to: the cache only, the rest counted, no warning', async () => {
    const dir = await catalog()
    const asked = host.requests.length
    const result = await compileCatalog({ dir, includeScheduled: true, fetchImages: false })
    expect(host.requests.length).toBe(asked)
    expect(read<PersonDocument>(result.documents, 'people/jane.json').avatar).toBeNull()
    expect(read<PersonDocument>(result.documents, 'people/ann.json').avatar).not.toBeNull()
    expect(result.imagesNotFetched).toHaveLength(5)
    expect(result.problems.filter((p) => p.file === fileIn(dir, 'people.yaml'))).toEqual([])
    expect(existsSync(join(dir, 'image-cache'))).toBe(false)
  })

  it("gives an episode its own image, on its pages and as its feed item's itunes:image", async () => {
    const dir = writeCatalog({
      'site.yaml': 'baseUrl: https://podcast.example.com/\naudioUrlTemplate: /audio/{slug}.mp3\n',
      'a/local.md': episode({ id: 'a', slug: 'local', image: './art/cover.png' }),
      'a/art/cover.png': await squarePng(500),
      'remote.md': episode({ id: 'r', slug: 'remote', image: host.url('/ok.png') }),
      'outside.md': episode({ id: 'o', slug: 'outside', image: '../../etc/cover.png' }),
      'gone.md': episode({ id: 'g', slug: 'gone', image: host.url('/missing.png') }),
    })
    const result = await compileCatalog({ dir, includeScheduled: true, fetchImages: true })
    const image = (slug: string) =>
      read<EpisodeDocument>(result.documents, `episodes/${slug}.json`).image
    expect(image('local')).toMatchObject({
      url: expect.stringMatching(/^\/assets\/images\/local-160-[0-9a-f]{8}\.webp$/),
      url2x: expect.stringMatching(/^\/assets\/images\/local-320-[0-9a-f]{8}\.webp$/),
      alt: 'Episode One',
      source: null,
    })
    expect(image('remote')).toMatchObject({ width: 160, source: host.url('/ok.png') })
    expect(image('outside')).toBeNull()
    expect(image('gone')).toBeNull()
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [
        fileIn(dir, 'gone.md'),
        9,
        'image',
        expect.stringMatching(
          /^The image of "Episode One" could not be downloaded from .*: the host answered 404; the pages show the show's artwork\./,
        ),
      ],
      [
        fileIn(dir, 'outside.md'),
        9,
        'image',
        expect.stringMatching(/^is neither an image file beside the entry nor an http\(s\) URL/),
      ],
    ])

    const feeds = await buildFeeds(result, {
      catalogDir: dir,
      publicDir: null,
      base: '/',
      probe: false,
    })
    const xml = feeds.files.find((file) => file.path === 'feed.xml')?.content ?? ''
    const itemImages = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map(
      ([item]) => /<itunes:image href="([^"]+)"/.exec(item)?.[1] ?? null,
    )
    expect(itemImages.sort()).toEqual([
      host.url('/ok.png'),
      expect.stringMatching(
        /^https:\/\/podcast\.example\.com\/assets\/images\/local-320-[0-9a-f]{8}\.webp$/,
      ),
      null,
      null,
    ])
  })

  it('fits a remote technology icon whole in its square, as pixels without its script', async () => {
    const dir = writeCatalog({
      'technologies.yaml': `rust:\n  name: Rust\n  icon: ${host.url('/logo.svg')}\n`,
      'one.md': episode({ technologies: '[rust]' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: true, fetchImages: true })
    const icon = read<TechnologyDocument>(result.documents, 'technologies/rust.json').icon
    expect(icon).toMatchObject({
      url: expect.stringMatching(/^\/assets\/images\/rust-64-[0-9a-f]{8}\.webp$/),
      url2x: expect.stringMatching(/^\/assets\/images\/rust-128-[0-9a-f]{8}\.webp$/),
      alt: 'Rust logo',
      source: host.url('/logo.svg'),
    })
    const bytes = result.assets.get(icon?.url.slice(1) ?? '')
    if (!bytes) throw new Error('the icon is not published')
    const { data, info } = await sharp(bytes)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([64, 64])
    // The top row is the transparent margin above the wide logo; the middle row is the logo.
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3]
    expect(alphaAt(32, 0)).toBe(0)
    expect(alphaAt(32, 32)).toBe(255)
    expect(Buffer.from(bytes).includes('alert')).toBe(false)
  })

  it('refuses an image larger than the limit, without keeping it', async () => {
    const dir = writeCatalog({})
    const result = await resolveSiteImages(
      [
        {
          key: 'people/huge',
          origin: { url: host.url('/huge.png') },
          box: 96,
          name: 'huge',
          alt: '',
          what: 'The avatar of Huge',
          instead: 'the initials',
          warn: (message) => ({
            severity: 'warning',
            file: 'x',
            line: 1,
            column: 1,
            field: 'avatar',
            message,
          }),
        },
      ],
      { catalogDir: dir, base: '/', fetch: true, maxBytes: 1_000_000 },
    )
    expect(result.images.size).toBe(0)
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/: it is larger than 1 MB; the pages show the initials/),
    ])
    expect(existsSync(join(dir, 'image-cache', 'index.json'))).toBe(false)
  })
})
