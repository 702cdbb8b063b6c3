import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import { build } from 'vite'

/** One prerendered page, parsed by a real HTML parser; its scripts never run. */
export interface BuiltPage {
  html: string
  document: Document
  /** `content` of `<meta name=…>` or `<meta property=…>`, or null. */
  meta: (key: string) => string | null
  /** Every JSON-LD block, parsed. */
  jsonLd: () => Array<Record<string, unknown>>
  /** The app's rendered HTML, as text. */
  text: () => string
}

export function parsePage(html: string): BuiltPage {
  const { document } = new JSDOM(html).window
  const meta = (key: string) =>
    document
      .querySelector(`meta[name="${key}"], meta[property="${key}"]`)
      ?.getAttribute('content') ?? null
  const jsonLd = () =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
    )
  const text = () => (document.getElementById('root')?.textContent ?? '').replace(/\s+/g, ' ')
  return { html, document, meta, jsonLd, text }
}

/** Builds the app for a catalog with the project's own vite.config.ts into a scratch folder. */
export async function buildSite(catalog: string, base: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'prerender-build-'))
  const saved = { EPISODES_DIR: process.env.EPISODES_DIR, BASE_PATH: process.env.BASE_PATH }
  process.env.EPISODES_DIR = resolve(catalog)
  process.env.BASE_PATH = base
  try {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return {
    outDir,
    exists: (path: string) => existsSync(join(outDir, path)),
    read: (path: string) => readFileSync(join(outDir, path), 'utf8'),
    page: (path: string) => parsePage(readFileSync(join(outDir, path), 'utf8')),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  }
}
