import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseRssFeed } from 'feedsmith'
import { afterAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../src/import/run-import.ts'
import { startAppServer } from '../../support/serve-app.ts'
import { publishCatalog } from '../content/feeds/feed-checks.ts'
import { emptyCatalog } from './import-support.ts'

const cleanup: Array<() => void> = []
afterAll(() => {
  for (const step of cleanup) step()
})

/** Serves a folder on a free port; the site's feeds and chapters files are read from it. */
async function serve(): Promise<{ root: string; origin: string; server: Server }> {
  const root = mkdtempSync(join(tmpdir(), 'site-'))
  const server = await startAppServer({ root, port: 0 })
  cleanup.push(() => {
    server.closeAllConnections()
    server.close()
    rmSync(root, { recursive: true, force: true })
  })
  return { root, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }
}

function writeFiles(root: string, files: Array<{ path: string; content: string }>) {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true })
    writeFileSync(join(root, file.path), file.content)
  }
}

const showFeeds = (files: Array<{ path: string; content: string }>) =>
  files.filter((file) => file.path.startsWith('feeds/'))

/** What must survive the trip, per guid; chapters come from the chapters file the item links. */
async function itemsOf(xml: string) {
  const items = parseRssFeed(xml).items ?? []
  return Promise.all(
    items.map(async (item) => {
      const chaptersUrl = item.podcast?.chapters?.url
      const chapters = chaptersUrl
        ? ((await (await fetch(chaptersUrl)).json()) as { chapters: unknown[] }).chapters
        : []
      return {
        guid: item.guid?.value,
        enclosure: item.enclosures?.[0],
        duration: item.itunes?.duration,
        pubDate: item.pubDate && new Date(item.pubDate).toISOString(),
        chapters,
        guests: (item.podcast?.persons ?? []).map((person) => [person.display, person.role]),
        // Each site publishes its own copy of a transcript: the same file, at its own address.
        transcripts: (item.podcast?.transcripts ?? []).map((transcript) => [
          new URL(transcript.url ?? '').pathname,
          transcript.type,
          transcript.language,
          transcript.rel,
        ]),
      }
    }),
  )
}

describe('importing a feed this project built', () => {
  it('builds again into feeds whose items carry the same guids, audio, lengths, durations, dates, chapters, guests and transcripts', async () => {
    const first = await serve()
    const before = await publishCatalog('episodes', first.origin)
    writeFiles(first.root, before.published.files)
    writeFiles(
      first.root,
      [...before.result.transcriptFiles].map(([path, content]) => ({ path, content })),
    )
    const into = emptyCatalog()
    for (const feed of showFeeds(before.published.files)) {
      const report = await runImport({ source: `${first.origin}${feed.path}`, into, force: false })
      expect(report.leftOut).toEqual([])
    }

    const second = await serve()
    const after = await publishCatalog(into, second.origin)
    expect(after.result.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    writeFiles(second.root, after.published.files)
    const feeds = showFeeds(before.published.files)
    expect(
      showFeeds(after.published.files)
        .map((feed) => feed.path)
        .sort(),
    ).toEqual(feeds.map((feed) => feed.path).sort())
    let compared = 0
    for (const feed of feeds) {
      const rebuilt = after.published.files.find((file) => file.path === feed.path)
      const expected = await itemsOf(feed.content)
      const actual = await itemsOf(rebuilt?.content ?? '')
      expect(actual).toEqual(expected)
      compared += expected.length
    }
    expect(compared).toBe(8)
    const items = (await Promise.all(feeds.map((feed) => itemsOf(feed.content)))).flat()
    expect(items.some((item) => item.chapters.length > 0)).toBe(true)
    expect(items.filter((item) => item.transcripts.length > 0)).toHaveLength(4)
  }, 60_000)
})
