import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { parsePage } from '../../support/parse-page.ts'

export type { BuiltPage } from '../../support/parse-page.ts'

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
