import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CompileCache } from '../../../src/content/compile/compile-cache.ts'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'

const now = new Date('2026-01-01T00:00:00Z')
let dir = ''
const first = () => join(dir, 'shows/alpha/2024/first-steps.md')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compile-cache-'))
  cpSync('tests/fixtures/catalogs/small', dir, { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const compile = (cache?: CompileCache) =>
  compileCatalog({ dir, includeScheduled: false, now, ...(cache && { cache }) })

describe('CompileCache', () => {
  it('reuses the results of unchanged files and gives the same output as a fresh compile', async () => {
    const cache = new CompileCache()
    const cold = await compile(cache)
    expect(cache.reused).toBe(0)
    const files = cache.compiled
    expect(files).toBeGreaterThan(2)

    const warm = await compile(cache)
    expect([cache.reused, cache.compiled]).toEqual([files, 0])
    expect(warm.documents).toEqual(cold.documents)
    expect(warm.problems).toEqual(cold.problems)
  })

  it('compiles again only the file that changed', async () => {
    const cache = new CompileCache()
    await compile(cache)
    const files = cache.compiled
    writeFileSync(first(), readFileSync(first(), 'utf8').replace(/^title: .*$/m, 'title: Renamed'))
    const edited = await compile(cache)
    expect([cache.reused, cache.compiled]).toEqual([files - 1, 1])
    expect(edited.documents).toEqual((await compile()).documents)
    expect(edited.documents.get('episodes.json')).toContain('"title":"Renamed"')
  })

  it('starts afresh when a registry changes, since every file shows its names', async () => {
    const cache = new CompileCache()
    await compile(cache)
    const files = cache.compiled
    const people = join(dir, 'people.yaml')
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Jane Doe', 'name: Jane Q. Doe'),
    )
    const renamed = await compile(cache)
    expect([cache.reused, cache.compiled]).toEqual([0, files])
    expect(renamed.documents).toEqual((await compile()).documents)
    expect([...renamed.documents.values()].join()).toContain('Jane Q. Doe')
  })

  it('forgets deleted files', async () => {
    const cache = new CompileCache()
    await compile(cache)
    rmSync(first())
    const after = await compile(cache)
    expect(after.documents).toEqual((await compile()).documents)
    expect(after.documents.get('episodes.json')).not.toContain('first-steps')
  })
})
