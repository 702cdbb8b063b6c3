import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { folderIndex } from '../../../src/content/publish/folder-index.ts'

const dist = mkdtempSync(join(tmpdir(), 'folder-index-'))
mkdirSync(join(dist, 'episodes', 'first'), { recursive: true })
writeFileSync(join(dist, 'episodes', 'first', 'index.html'), '<p>first</p>')
afterAll(() => rmSync(dist, { recursive: true, force: true }))

/** The URL the middleware hands on for a request to `url`. */
function served(url: string, base = '/'): string | undefined {
  const req = { url } as IncomingMessage
  let called = false
  folderIndex(dist, base)(req, {} as ServerResponse, () => {
    called = true
  })
  expect(called).toBe(true)
  return req.url
}

describe('the preview server serves a folder for its address, as static hosts do', () => {
  it('rewrites a page address to its index.html, keeping the query', () => {
    expect(served('/episodes/first')).toBe('/episodes/first/index.html')
    expect(served('/episodes/first?t=36')).toBe('/episodes/first/index.html?t=36')
    expect(served('/podcast/episodes/first', '/podcast/')).toBe(
      '/podcast/episodes/first/index.html',
    )
  })

  it('leaves files, unknown addresses and paths outside the site alone', () => {
    for (const url of ['/episodes/first/', '/episodes/none', '/data/x.json', '/../etc/passwd']) {
      expect(served(url)).toBe(url)
    }
    expect(served('/elsewhere/episodes/first', '/podcast/')).toBe('/elsewhere/episodes/first')
  })
})
