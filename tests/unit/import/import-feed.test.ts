import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { runImport } from '../../../src/import/run-import.ts'
import { type FeedServer, startFeedServer } from './feed-server.ts'
import { emptyCatalog, filesIn, outcomes, readEntry } from './import-support.ts'

let server: FeedServer
beforeAll(async () => {
  server = await startFeedServer()
})
afterAll(() => server.close())

const importFeed = (name: string, into = emptyCatalog(), force = false) =>
  runImport({ source: server.url(`feeds/${name}`), into, force }).then((report) => ({
    report,
    into,
  }))

const noteFor = (report: { notes: Array<{ label: string; message: string }> }, label: string) =>
  report.notes.filter((note) => note.label === label).map((note) => note.message)

async function compiles(dir: string) {
  // Transcripts are linked, not fetched: the test needs no network.
  const result = await compileCatalog({ dir, includeScheduled: false, fetchTranscripts: false })
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([])
  return result
}

describe('importing an iTunes-only feed with HTML notes in CDATA', () => {
  it('writes the show with its downloaded artwork, a site.yaml and one file per episode, and it builds', async () => {
    const { report, into } = await importFeed('itunes-only.xml')
    expect(filesIn(into)).toEqual([
      '.import/manifest.json',
      'garden-hour/2025/herbs.md',
      'garden-hour/2025/tomatoes-on-a-balcony.md',
      'garden-hour/2025/welcome-to-garden-hour.md',
      'shows/garden-hour/cover.png',
      'shows/garden-hour/index.md',
      'site.yaml',
    ])
    const show = readEntry(into, 'shows/garden-hour/index.md')
    expect(show.fields).toEqual({
      name: 'Garden Hour',
      cover: { image: './cover.png', alt: 'Garden Hour artwork' },
      podcast: {
        email: 'marta@garden.example',
        author: 'Marta Green',
        category: 'Leisure',
        subcategory: 'Home & Garden',
        explicit: false,
        copyright: '© 2025 Garden Hour',
      },
      subscribeLinks: [
        {
          platform: 'apple',
          url: 'https://podcasts.apple.com/us/podcast/garden-hour/id1234567890',
        },
      ],
    })
    expect(show.body).toBe('Weekly talk about **small gardens**.')
    expect(readFileSync(join(into, 'shows/garden-hour/cover.png'))).toEqual(
      readFileSync(join(server.root, 'art/garden.png')),
    )
    expect(readFileSync(join(into, 'site.yaml'), 'utf8')).toMatch(
      /^# .*baseUrl[\s\S]*title: Garden Hour\n/,
    )

    const tomatoes = readEntry(into, 'garden-hour/2025/tomatoes-on-a-balcony.md')
    expect(tomatoes.fields).toEqual({
      id: 'garden-3',
      slug: 'tomatoes-on-a-balcony',
      title: 'Tomatoes on a Balcony',
      description: 'Growing *tomatoes* in pots.\n\n-   Soil\n-   Sun',
      publishedAt: '2025-06-10T08:00:00.000Z',
      episode: 3,
      explicit: true,
      show: 'garden-hour',
      duration: 3723,
      audioUrl: 'https://dts.podtrac.com/redirect.mp3/media.garden.example/ep3-tomatoes.mp3',
      audioFileSize: 34567890,
    })
    expect(tomatoes.body).toBe('## Links\n\n[Seeds](https://seeds.example/tomato)')

    const herbs = readEntry(into, 'garden-hour/2025/herbs.md')
    expect(herbs.fields).toMatchObject({
      slug: 'herbs',
      duration: 2730,
      publishedAt: '2025-06-01T16:30:00.000Z',
    })
    expect(herbs.fields.id).toMatch(/^[0-9a-f]{24}$/)
    expect(herbs.fields).not.toHaveProperty('audioFileSize')
    expect(noteFor(report, '"Herbs"')).toEqual([
      expect.stringContaining('has no guid: its id is made from the audio URL'),
      expect.stringContaining('unusual pubDate ("Sunday, 01-Jun-25 09:30:00 PDT")'),
    ])
    expect(readEntry(into, 'garden-hour/2025/welcome-to-garden-hour.md').fields).toMatchObject({
      episodeType: 'trailer',
      publishedAt: '2025-05-20T00:00:00.000Z',
    })
    expect(report.leftOut).toEqual([
      {
        label: '"A Blog Post, Not an Episode"',
        reason: expect.stringContaining('has no enclosure'),
      },
      {
        label: '"Someday"',
        reason: expect.stringContaining('pubDate that is not a date ("next Tuesday")'),
      },
    ])
    const result = await compiles(into)
    expect(result.documents.has('episodes/tomatoes-on-a-balcony.json')).toBe(true)
  })
})

describe('importing a Podcasting 2.0 feed', () => {
  it('keeps persons, JSON chapters, transcripts, numbers and OP3 prefixes, and says what it could not fetch', async () => {
    const { report, into } = await importFeed('podcasting-2.xml')
    const packets = readEntry(into, 'open-wires/2025/packets-all-the-way-down.md').fields
    expect(packets).toMatchObject({
      id: 'ow-2',
      slug: 'packets-all-the-way-down',
      season: 1,
      episode: 2,
      guests: ['sam-router', 'ida-switch'],
      image: server.url('art/ow-2.png'),
      audioUrl: expect.stringMatching(
        /^https:\/\/op3\.dev\/e,pg=7c0f3e22\/127\.0\.0\.1:\d+\/audio\/ow-2\.mp3$/,
      ),
      transcript: [
        { url: 'https://openwires.example/transcripts/ow-2.vtt', type: 'text/vtt', language: 'en' },
        {
          url: 'https://openwires.example/transcripts/ow-2.srt',
          type: 'application/x-subrip',
          language: 'en',
        },
      ],
      chapters: [
        { startTime: 0, title: 'Cold Open' },
        { startTime: 42.5, title: 'What a Packet Is' },
        { startTime: 200, title: 'Routing Tables' },
      ],
    })
    const bonus = readEntry(into, 'open-wires/2025/bonus-listener-questions.md').fields
    expect(bonus).toMatchObject({ episodeType: 'bonus', duration: 150 })
    expect(bonus).not.toHaveProperty('chapters')
    // A plain-http transcript is linked too: the build fetches it and publishes its own copy.
    expect(bonus.transcript).toBe(server.url('transcripts/ow-b1.vtt'))
    expect(noteFor(report, '"Bonus: Listener Questions"')).toEqual([
      expect.stringMatching(
        /chapters file that could not be read \(.*gone\.json: the server answered 404.*imported without chapters/,
      ),
    ])
    expect(readEntry(into, 'people/lena-byte.md').fields).toEqual({
      name: 'Lena Byte',
      github: 'lena-byte',
      image: server.url('people/lena.png'),
    })
    expect(readEntry(into, 'people/sam-router.md').fields).toEqual({
      name: 'Sam Router',
      website: 'https://sam-router.example',
      image: server.url('people/sam.png'),
    })
    expect(readEntry(into, 'people/ida-switch.md').fields).toEqual({ name: 'Ida Switch' })
    const show = readEntry(into, 'shows/open-wires/index.md').fields
    expect(show).toMatchObject({
      hosts: ['lena-byte'],
      artwork: server.url('art/missing.png'),
      podcast: {
        guid: '7c0f3e22-9d1b-5e0c-8f6a-2b1d3c4e5f60',
        locked: false,
        email: 'hosts@openwires.example',
      },
    })
    expect(noteFor(report, 'artwork')).toEqual([
      expect.stringContaining('art/missing.png could not be downloaded'),
    ])
    const result = await compiles(into)
    const doc = JSON.parse(result.documents.get('episodes/packets-all-the-way-down.json') ?? '{}')
    expect(doc.guests.map((guest: { name: string }) => guest.name)).toEqual([
      'Sam Router',
      'Ida Switch',
    ])
  })
})

describe('importing a Podlove feed with Simple Chapters', () => {
  it('reads psc:chapters in normal play time and keeps content:encoded as the show notes', async () => {
    const { report, into } = await importFeed('podlove.xml')
    const episode = readEntry(into, 'kaffee-code/2025/kc001-erste-tasse.md')
    expect(episode.fields).toMatchObject({
      duration: 600.5,
      audioUrl: 'https://kaffee.example/podlove/file/1/kc001.m4a',
      chapters: [
        { startTime: 0, title: 'Hallo' },
        { startTime: 90.25, title: 'Espresso' },
        { startTime: 300, title: 'Tschüss' },
      ],
    })
    expect(episode.body).toBe(
      'Die erste Folge.\n\n### Links\n\n1.  [Bohnen](https://kaffee.example/bohnen)',
    )
    expect(noteFor(report, '"KC001 Erste Tasse"')).toEqual([
      expect.stringContaining('1 Podlove chapter(s) without a readable start or title'),
    ])
    await compiles(into)
  })
})

describe('feeds it refuses or reads in part', () => {
  it('refuses a locked feed unless forced, saying why, and writes nothing', async () => {
    const into = emptyCatalog()
    await expect(importFeed('locked.xml', into)).rejects.toThrow(
      /says podcast:locked yes: its owner \(owner@locked\.example\) asks .* run the import again with --force/,
    )
    expect(filesIn(into)).toEqual([])
    const { report } = await importFeed('locked.xml', into, true)
    expect(outcomes(report)['locked-show/2025/one.md']).toBe('new')
  })

  it('leaves out the second item of a duplicated guid, naming both', async () => {
    const { report, into } = await importFeed('duplicate-guids.xml')
    expect(report.leftOut).toEqual([
      {
        label: '"Second Take"',
        reason: expect.stringContaining('has the same guid (same) as "First Take"'),
      },
    ])
    expect(
      filesIn(into).filter((path) => path.endsWith('.md') && !path.startsWith('shows/')),
    ).toEqual(['echo-echo/2025/first-take.md'])
  })

  it.each([
    ['page.html', /is a web page \(HTML\), not a feed/],
    ['atom.xml', /is XML but not an RSS 2\.0 feed/],
    ['missing.xml', /could not be downloaded \(the server answered 404/],
  ])('refuses %s with what to do, and writes nothing', async (name, message) => {
    const into = emptyCatalog()
    await expect(importFeed(name, into)).rejects.toThrow(message)
    expect(filesIn(into)).toEqual([])
  })

  it('refuses a feed whose download breaks off halfway, and writes nothing', async () => {
    const path = '/feeds/podcasting-2.xml'
    const fault = (mode: string | null) =>
      fetch(server.url('__faults'), {
        method: 'POST',
        body: JSON.stringify({ path, mode, after: 1500 }),
      })
    expect((await fault('drop')).status).toBe(204)
    const into = emptyCatalog()
    try {
      await expect(importFeed('podcasting-2.xml', into)).rejects.toThrow(
        /podcasting-2\.xml could not be downloaded \(.+\): check the address .*nothing was written/,
      )
    } finally {
      await fault(null)
    }
    expect(filesIn(into)).toEqual([])
  })

  it('refuses a feed cut off halfway, at its line, and writes nothing', async () => {
    const text = readFileSync(join(server.root, 'feeds/podcasting-2.xml'), 'utf8')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(server.root, 'feeds/cut.xml'), text.slice(0, Math.floor(text.length / 2)))
    const into = emptyCatalog()
    await expect(importFeed('cut.xml', into)).rejects.toThrow(
      /is not well-formed XML at line \d+, column \d+ .*cut off while downloading/,
    )
    expect(filesIn(into)).toEqual([])
  })
})
