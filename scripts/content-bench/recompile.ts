import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CompileCache } from '../../src/content/compile/compile-cache.ts'
import { compileCatalog } from '../../src/content/compile/compile-catalog.ts'
import { listEpisodeFiles } from '../front-matter.ts'
import { ensureCatalog, timed } from './runs.ts'

export interface RecompileFigures {
  episodes: number
  coldMs: number
  /** Best and median of the recompiles after one file was edited. */
  bestMs: number
  medianMs: number
  reused: number
  compiled: number
}

/**
 * What the dev server does after an author saves one file: compileCatalog with
 * the cache of the previous compile (src/content/compile/compile-cache.ts), on a copy of
 * the catalog whose middle file gets a new title each round. Vite's 80 ms
 * debounce and the push to the page are not included.
 */
export async function benchRecompile(count: number, rounds: number): Promise<RecompileFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-recompile-'))
  try {
    cpSync(ensureCatalog(count), dir, { recursive: true })
    const files = await listEpisodeFiles(dir)
    const edited = join(dir, files[Math.floor(files.length / 2)] ?? '')
    const original = readFileSync(edited, 'utf8')
    const cache = new CompileCache()
    const compile = () => compileCatalog({ dir, includeScheduled: false, cache })
    const cold = await timed(compile)
    const times: number[] = []
    for (let round = 0; round < rounds; round += 1) {
      writeFileSync(edited, original.replace(/^title: .*$/m, `title: Edited ${round}`))
      times.push((await timed(compile)).ms)
    }
    times.sort((a, b) => a - b)
    return {
      episodes: count,
      coldMs: cold.ms,
      bestMs: times[0] ?? 0,
      medianMs: times[Math.floor(times.length / 2)] ?? 0,
      reused: cache.reused,
      compiled: cache.compiled,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
