import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const outDir = mkdtempSync(join(tmpdir(), 'threads-build-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('a real vite build compiling on worker threads', () => {
  it('finds and starts the worker from the bundled config, writes the documents and exits', async () => {
    // The CLI in its own process, as `npm run build` runs it: a worker left
    // running would keep it from exiting, and the timeout would fail the test.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        resolve('node_modules/vite/bin/vite.js'),
        'build',
        resolve('tests/fixtures/catalogs/mini-app'),
        '--config',
        resolve('vite.config.ts'),
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      {
        env: {
          ...process.env,
          EPISODES_DIR: resolve('tests/fixtures/catalogs/small'),
          CONTENT_THREADS: '2',
          PRERENDER: '0',
          FEEDS_PROBE: '0',
          NO_COLOR: '1',
        },
        timeout: 120_000,
      },
    )
    // With two threads forced on three files, the worker compiles them (see compileInThreads).
    expect(stdout).toContain('episodes: 3 files compiled on 2 threads (3 by workers)')
    for (const slug of ['second-wind', 'first-steps']) {
      const document = JSON.parse(readFileSync(join(outDir, `data/episodes/${slug}.json`), 'utf8'))
      expect(document.slug).toBe(slug)
    }
  }, 130_000)
})
