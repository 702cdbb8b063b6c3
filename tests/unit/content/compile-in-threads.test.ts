import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCatalog } from '../../../scripts/generate-catalog.ts'
import { CompileCache } from '../../../src/content/compile/compile-cache.ts'
import { type CompileResult, compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { threadCount } from '../../../src/content/compile/parallel/thread-count.ts'
import { listEpisodeFiles } from '../../../src/content/read/episode-files.ts'

const now = new Date('2026-01-01T00:00:00Z')
let dir = ''

/** A 1,000-episode catalog with warnings, broken files and a duplicate among its files. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-threads-'))
  generateCatalog({ count: 1000, out: dir, warnings: true })
  const broken = (name: string, into: string) => {
    mkdirSync(join(dir, into), { recursive: true })
    copyFileSync(`tests/fixtures/hostile/${name}/episode.md`, join(dir, into, `${name}.md`))
  }
  broken('many-problems', 'aa-first')
  broken('invalid-utf8', 'shows/mm-middle')
  broken('unclosed-quote', 'zz-last')
  broken('duplicate-key', 'zz-last')
  const files = await listEpisodeFiles(dir)
  const generated = files.find((file) => file.startsWith('shows/') && !file.includes('mm-')) ?? ''
  const text = readFileSync(join(dir, generated), 'utf8')
  writeFileSync(
    join(dir, generated),
    text.replace(/^audioFileSize:/m, 'audioUrl: https://cdn.example.com/one.mp3\naudioFileSize:'),
  )
  copyFileSync(join(dir, generated), join(dir, 'zz-last', 'again.md'))
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const compile = (threads: number, workerEntry?: URL) =>
  compileCatalog({
    dir,
    includeScheduled: false,
    now,
    threads,
    ...(workerEntry && { workerEntry }),
  })

/** Everything a compile gives but the record of how it was run. */
const output = ({ compiledOn: _, ...rest }: CompileResult) => rest

describe('compiling on several threads', () => {
  let alone: CompileResult
  beforeAll(async () => {
    alone = await compile(1)
  }, 60_000)

  it('has a catalog with errors, warnings and duplicates to compare', () => {
    expect(alone.compiledOn).toEqual({ threads: 1, workerFiles: 0 })
    const severities = new Set(alone.problems.map((problem) => problem.severity))
    expect(severities).toEqual(new Set(['error', 'warning']))
    expect(alone.problems.some((problem) => problem.file.includes('zz-last'))).toBe(true)
    expect(
      alone.problems.filter((problem) => problem.message.includes('is also used by')),
    ).toHaveLength(4)
    expect(alone.stats.files).toBe(1005)
    expect(alone.audioOrigins).toEqual(['https://cdn.example.com'])
  })

  it('gives exactly the same result with workers as in-process', async () => {
    const threaded = await compile(3)
    expect(threaded.compiledOn.threads).toBe(3)
    expect(threaded.compiledOn.workerFiles).toBeGreaterThan(0)
    expect(output(threaded)).toEqual(output(alone))
  }, 60_000)

  it('fills the dev server cache from the workers as from this thread', async () => {
    const cache = new CompileCache()
    const cold = await compileCatalog({ dir, includeScheduled: false, now, threads: 2, cache })
    expect(cold.compiledOn.workerFiles).toBeGreaterThan(0)
    expect(output(cold)).toEqual(output(alone))
    expect(cache.compiled).toBe(1005)
    const warm = await compileCatalog({ dir, includeScheduled: false, now, threads: 2, cache })
    expect([cache.reused, cache.compiled]).toEqual([1005, 0])
    expect(output(warm)).toEqual(output(alone))
  }, 60_000)

  it('compiles in-process, with the same result, when a worker cannot start', async () => {
    const failing = await compile(2, new URL('./support/failing-worker.mjs', import.meta.url))
    expect(failing.compiledOn).toEqual({ threads: 2, workerFiles: 0 })
    expect(output(failing)).toEqual(output(alone))
  }, 60_000)

  it('takes back the files of a worker that dies and compiles them in-process', async () => {
    const crashing = await compile(2, new URL('./support/crashing-worker.mjs', import.meta.url))
    expect(crashing.compiledOn).toEqual({ threads: 2, workerFiles: 0 })
    expect(output(crashing)).toEqual(output(alone))
  }, 60_000)
})

describe('threadCount', () => {
  it('uses every core once each thread gets 2,500 files, and one thread below', () => {
    expect(threadCount(4999, undefined, undefined, 2).threads).toBe(1)
    expect(threadCount(5000, undefined, undefined, 2).threads).toBe(2)
    expect(threadCount(7499, undefined, undefined, 4).threads).toBe(2)
    expect(threadCount(100_000, undefined, undefined, 4).threads).toBe(4)
    expect(threadCount(100_000, undefined, undefined, 1).threads).toBe(1)
  })

  it('obeys a requested count, the option before CONTENT_THREADS, never more than the files', () => {
    expect(threadCount(100_000, undefined, '1', 8).threads).toBe(1)
    expect(threadCount(10, undefined, '3', 1).threads).toBe(3)
    expect(threadCount(10, 2, '1', 1).threads).toBe(2)
    expect(threadCount(2, 4, undefined, 8).threads).toBe(2)
    expect(threadCount(5000, undefined, 'many', 2)).toEqual({ threads: 2, forced: false })
    expect(threadCount(5000, undefined, '2', 2)).toEqual({ threads: 2, forced: true })
  })
})
