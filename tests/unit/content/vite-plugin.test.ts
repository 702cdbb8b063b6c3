import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EpisodeDocument } from '../../../src/content/documents.ts'

// The project's own vite.config.ts, on a tiny page instead of the app, so that
// the test covers the plugin as configured without depending on the UI.
async function buildCatalog(catalog: string, base: string, withEmbed = false) {
  vi.stubEnv('EPISODES_DIR', catalog)
  vi.stubEnv('BASE_PATH', base)
  // The tiny page is not the app: there is nothing to prerender into it.
  vi.stubEnv('PRERENDER', '0')
  const outDir = mkdtempSync(join(tmpdir(), 'catalog-build-'))
  outDirs.push(outDir)
  const options = {
    configFile: resolve('vite.config.ts'),
    root: resolve('tests/fixtures/catalogs/mini-app'),
    logLevel: 'silent' as const,
  }
  await build({ ...options, build: { outDir, emptyOutDir: true } })
  if (withEmbed) await build({ ...options, mode: 'embed', build: { outDir, emptyOutDir: false } })
  return (path: string) => readFileSync(join(outDir, path), 'utf8')
}

const outDirs: string[] = []
afterEach(() => {
  vi.unstubAllEnvs()
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('episodesPlugin in a real vite build', () => {
  it('emits the data documents, 404.html and a strict CSP', async () => {
    const read = await buildCatalog('tests/fixtures/catalogs/small', '/podcast/', true)

    // The catalog index is the build's own: it grows with the catalog, and no page reads it.
    expect(() => read('data/episodes.json')).toThrow(/ENOENT/)
    expect(JSON.parse(read('data/episodes/first-steps.json')).slug).toBe('first-steps')
    const episode: EpisodeDocument = JSON.parse(read('data/episodes/second-wind.json'))
    expect(episode.audioUrl).toBe('/podcast/audio/second-wind.mp3')
    expect(() => read('data/search.json')).toThrow(/ENOENT/)
    expect(() => read('data/episodes/from-the-future.json')).toThrow(/ENOENT/)

    const html = read('index.html')
    expect(read('404.html')).toBe(html)
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<title>Small Fixture &#60;Podcast&#62;</title>')
    expect(html).toContain(
      '<meta name="description" content="A catalog for the plugin\'s build test &#38; nothing else." />',
    )
    expect(html).toMatch(
      /<script type="module" crossorigin src="\/podcast\/assets\/[^"]+\.js"><\/script>/,
    )
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob: https://cdn.example.com; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    )
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))

    // One embed page per published episode, under the same policy.
    const embed = read('embed/second-wind/index.html')
    expect(embed).toContain('<div id="root">embed</div>')
    expect(embed).toContain(`content="${csp}"`)
    expect(read('embed/first-steps/index.html')).toBe(embed)
    expect(() => read('embed/from-the-future/index.html')).toThrow(/ENOENT/)
  }, 60_000)

  it('writes oEmbed documents with absolute URLs when site.yaml has a baseUrl', async () => {
    const catalog = mkdtempSync(join(tmpdir(), 'catalog-baseurl-'))
    outDirs.push(catalog)
    cpSync('tests/fixtures/catalogs/small', catalog, { recursive: true })
    appendFileSync(join(catalog, 'site.yaml'), 'baseUrl: https://podcast.example.com/\n')
    const read = await buildCatalog(catalog, '/podcast/')
    const oembed = JSON.parse(read('episodes/second-wind/oembed.json'))
    expect(oembed).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Second Wind',
      provider_url: 'https://podcast.example.com/podcast/',
      width: 600,
      height: 180,
    })
    expect(oembed.html).toContain('src="https://podcast.example.com/podcast/embed/second-wind"')
    expect(() => read('episodes/from-the-future/oembed.json')).toThrow(/ENOENT/)
  }, 60_000)

  it('fails with the formatted report, and no stack trace, on content errors', async () => {
    const failure = await buildCatalog('tests/fixtures/hostile/many-problems', '/').then(
      () => null,
      (error: unknown) => error as Error,
    )
    expect(failure).toBeInstanceOf(Error)
    const file = 'tests/fixtures/hostile/many-problems/episode.md'
    expect(failure?.message).toContain('the episode catalog has 3 errors.')
    expect(failure?.message).toContain(`${file}:2:1  title  is missing`)
    expect(failure?.message).toContain(`${file}:3:7  slug  is not URL-safe`)
    expect(failure?.message).toContain(
      `${file}:6:11  duration  the duration must be more than 0 seconds`,
    )
    expect(failure?.stack).not.toMatch(/\n\s+at /)
  }, 60_000)
})
