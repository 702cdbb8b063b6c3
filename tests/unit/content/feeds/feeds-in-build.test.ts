import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseRssFeed } from 'feedsmith'
import { build } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The project's own vite.config.ts on a tiny page, as in vite-plugin.test.ts.
async function buildCatalog(catalog: string, base: string, env: Record<string, string>) {
  vi.stubEnv('EPISODES_DIR', catalog)
  vi.stubEnv('BASE_PATH', base)
  vi.stubEnv('FEEDS_PROBE', '0')
  vi.stubEnv('SITE_URL', '')
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  const outDir = mkdtempSync(join(tmpdir(), 'feeds-build-'))
  outDirs.push(outDir)
  const warnings: string[] = []
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('tests/fixtures/catalogs/mini-app'),
    logLevel: 'warn',
    customLogger: {
      ...(await import('vite')).createLogger('warn'),
      warn: (message: string) => void warnings.push(message),
      warnOnce: (message: string) => void warnings.push(message),
      info: () => undefined,
    },
    build: { outDir, emptyOutDir: true },
  })
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8')
  return { read, has: (path: string) => existsSync(join(outDir, path)), warnings }
}

const outDirs: string[] = []
afterEach(() => {
  vi.unstubAllEnvs()
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('podcast feeds in a real vite build', () => {
  it('emits the feeds and chapters files under the base path, and links the catalog feed', async () => {
    const { read, has } = await buildCatalog('tests/fixtures/catalogs/small', '/podcast/', {
      SITE_URL: 'https://example.org/',
    })
    const feed = parseRssFeed(read('feed.xml'))
    expect(feed.atom?.links?.[0]?.href).toBe('https://example.org/podcast/feed.xml')
    expect(feed.items?.map((item) => item.enclosures?.[0]?.url)).toEqual([
      'https://example.org/podcast/audio/second-wind.mp3',
      'https://cdn.example.com/audio/alpha/alpha-1.mp3',
    ])
    expect(parseRssFeed(read('feeds/alpha.xml')).items).toHaveLength(2)
    expect(has('episodes/second-wind/chapters.json')).toBe(true)
    const link =
      '<link rel="alternate" type="application/rss+xml" title="Small Fixture &#60;Podcast&#62;" href="https://example.org/podcast/feed.xml" />'
    expect(read('index.html')).toContain(link)
    expect(read('404.html')).toContain(link)
  }, 60_000)

  it('writes no feed without the site address, and warns once saying how to set it', async () => {
    const { read, has, warnings } = await buildCatalog('tests/fixtures/catalogs/small', '/', {})
    expect(has('feed.xml')).toBe(false)
    expect(has('feeds')).toBe(false)
    expect(read('index.html')).not.toContain('application/rss+xml')
    const said = warnings.filter((warning) => warning.includes('no podcast feeds were written'))
    expect(said).toHaveLength(1)
    expect(said[0]).toContain('site.yaml:1:1  baseUrl')
    expect(said[0]).toContain('SITE_URL=')
  }, 60_000)
})
