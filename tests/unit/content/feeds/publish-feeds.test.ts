import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCatalog } from '../../../../scripts/generate-catalog.ts'
import { checkFeeds, publishCatalog } from './feed-checks.ts'

const siteUrl = 'https://podcast.example.com/'
const root = mkdtempSync(join(tmpdir(), 'feeds-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const paths = (files: Array<{ path: string }>) => files.map((file) => file.path)

describe('publishFeeds', () => {
  it('writes the catalog feed, one feed per show and a chapters file per episode of the sample catalog', async () => {
    const { result, published } = await publishCatalog('episodes', siteUrl)
    expect(
      paths(published.files)
        .filter((path) => path.endsWith('.xml'))
        .sort(),
    ).toEqual([
      'feed.xml',
      'feeds/byte-sized-builders.xml',
      'feeds/cloud-native-compass.xml',
      'feeds/edge-of-the-stack.xml',
    ])
    expect(paths(published.files).filter((path) => path.endsWith('chapters.json'))).toHaveLength(8)
    // Every episode twice: in the catalog feed and in its show's.
    expect(checkFeeds(result.documents, published.files, siteUrl)).toBe(16)
  })

  it('keeps every hostile field as text, in feeds that still parse', async () => {
    const { result, published } = await publishCatalog(
      'tests/fixtures/catalogs/hostile-text',
      siteUrl,
    )
    expect(checkFeeds(result.documents, published.files, siteUrl)).toBe(2)
    const feed = published.files.find((file) => file.path === 'feeds/hostile-show.xml')?.content
    expect(feed).toContain("<![CDATA[Title <script>alert('title')</script>")
    // Outside CDATA sections, markup only comes escaped.
    const outside = (feed ?? '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    expect(outside).not.toMatch(/<(script|img|svg)\b/)
    expect(outside).toContain('href="https://example.com/?q=&quot;&gt;&lt;img/src=x')
  })

  it('parses all 1,000 episodes of a generated catalog, with every show feed', async () => {
    const dir = join(root, 'catalog-1000')
    const generated = generateCatalog({ count: 1000, out: dir, seed: 3 })
    const { result, published } = await publishCatalog(dir, siteUrl)
    const shows = paths(published.files).filter((path) => path.startsWith('feeds/'))
    expect(shows).toHaveLength(generated.shows)
    expect(checkFeeds(result.documents, published.files, siteUrl)).toBe(2000)
  }, 120_000)

  it('writes no feeds without the site address, and says how to set it', async () => {
    const { published } = await publishCatalog('episodes', '')
    expect(published.files).toEqual([])
    expect(published.notes).toEqual([
      expect.objectContaining({ field: 'baseUrl', message: expect.stringContaining('SITE_URL') }),
    ])
  })
})
