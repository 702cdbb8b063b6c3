/**
 * Content benchmark: compiles synthetic catalogs of 1,000 and 10,000 episodes
 * and compares the time with a floor (read the files, parse front-matter with
 * js-yaml, write one JSON file per episode plus an index), run side by side,
 * alternating, best of several rounds: disk writes here are slow and noisy, so
 * the ratio is the stable figure. Prints figures; asserts nothing.
 *
 *   npx tsx scripts/bench-content.ts [--sizes 1000,10000] [--rounds 5]
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { compileCatalog } from '../src/content/compile/compile-catalog.ts'
import { benchRecompile, type RecompileFigures } from './content-bench/recompile.ts'
import {
  BENCH_DIR,
  ensureCatalog,
  type OursRun,
  runFloor,
  runOurs,
  timed,
} from './content-bench/runs.ts'

export interface ContentBenchFigures {
  episodes: number
  floorMs: number
  oursMs: number
  /** Our compile alone, without writing its documents. */
  compileMs: number
  ratio: number
  /** CPU time (user + system, all threads): steadier than wall time on a shared machine. */
  floorCpuMs: number
  oursCpuMs: number
  cpuRatio: number
  episodesJsonBytes: number
  episodesJsonGzipBytes: number
  gzipBytesPerEpisode: number
  outputBytes: number
  documents: number
  errors: number
  warnings: number
  /** Threads of the last compile (1: the main thread only) and the files its workers compiled. */
  threads: number
  workerFiles: number
}

export interface WarningsBenchFigures {
  episodes: number
  cleanCompileMs: number
  warningsCompileMs: number
  warnings: number
}

/**
 * The real catalog raises warnings on about 1 episode in 5, and each warning
 * looks up its exact YAML position: compile-only times with and without them.
 */
export async function benchWarnings(count: number, rounds: number): Promise<WarningsBenchFigures> {
  const clean = ensureCatalog(count)
  const flawed = ensureCatalog(count, true)
  const cleanTimes: number[] = []
  const flawedTimes: number[] = []
  let warnings = 0
  for (let round = 0; round < rounds; round += 1) {
    cleanTimes.push((await timed(() => compileCatalog({ dir: clean, includeScheduled: false }))).ms)
    const { ms, value } = await timed(() =>
      compileCatalog({ dir: flawed, includeScheduled: false }),
    )
    flawedTimes.push(ms)
    warnings = value.problems.filter((problem) => problem.severity === 'warning').length
  }
  return {
    episodes: count,
    cleanCompileMs: Math.min(...cleanTimes),
    warningsCompileMs: Math.min(...flawedTimes),
    warnings,
  }
}

/** Lets the previous run's writes reach the disk now, rather than during the next timed run. */
function flushDisk(): void {
  try {
    execFileSync('sync')
  } catch {
    // No `sync` command (Windows): the rounds are only noisier.
  }
}

export async function benchContentSize(
  count: number,
  rounds: number,
): Promise<ContentBenchFigures> {
  const dir = ensureCatalog(count)
  // A fresh folder per run, all removed at the end: deleting 10,000 files between
  // runs left the disk busy trimming them during the next timed run.
  const outputs: string[] = []
  const outFor = (which: string, round: number) => {
    const out = resolve(BENCH_DIR, `out-${which}-${count}-${round}`)
    rmSync(out, { recursive: true, force: true })
    outputs.push(out)
    return out
  }
  const floorTimes: number[] = []
  const oursTimes: number[] = []
  const floorCpu: number[] = []
  const oursCpu: number[] = []
  const compileTimes: number[] = []
  let last: OursRun | undefined
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which one goes first so that cache warmth favours neither.
    const order = round % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor']
    for (const which of order) {
      const out = outFor(which, round)
      flushDisk()
      if (which === 'floor') {
        const { ms, cpuMs } = await timed(() => runFloor(dir, out))
        floorTimes.push(ms)
        floorCpu.push(cpuMs)
      } else {
        last = undefined
        const { ms, cpuMs, value } = await timed(() => runOurs(dir, out))
        oursTimes.push(ms)
        oursCpu.push(cpuMs)
        compileTimes.push(value.compileMs)
        last = value
      }
    }
  }
  // The catalogs are kept for the next run; the outputs are only worth their timing.
  for (const out of outputs) rmSync(out, { recursive: true, force: true })
  if (!last) throw new Error('rounds must be at least 1')
  const gzip = (text: string) => gzipSync(text).byteLength
  const floorMs = Math.min(...floorTimes)
  const oursMs = Math.min(...oursTimes)
  return {
    episodes: count,
    floorMs,
    oursMs,
    compileMs: Math.min(...compileTimes),
    ratio: oursMs / floorMs,
    floorCpuMs: Math.min(...floorCpu),
    oursCpuMs: Math.min(...oursCpu),
    cpuRatio: Math.min(...oursCpu) / Math.min(...floorCpu),
    episodesJsonBytes: Buffer.byteLength(last.episodesJson),
    episodesJsonGzipBytes: gzip(last.episodesJson),
    gzipBytesPerEpisode: gzip(last.episodesJson) / Math.max(last.published, 1),
    outputBytes: last.outputBytes,
    documents: last.documents,
    errors: last.errors,
    warnings: last.warnings,
    threads: last.threads,
    workerFiles: last.workerFiles,
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export function formatFigures(all: ContentBenchFigures[]): string[] {
  const lines = all.flatMap((f) => [
    `${f.episodes} episodes: floor ${seconds(f.floorMs)}, ours ${seconds(f.oursMs)} (compile ${seconds(f.compileMs)} + write), ratio ${f.ratio.toFixed(2)} (target ≤ 2.0)`,
    `  CPU time: floor ${seconds(f.floorCpuMs)}, ours ${seconds(f.oursCpuMs)}, ratio ${f.cpuRatio.toFixed(2)}`,
    `  compiled on ${f.threads} thread${f.threads === 1 ? '' : 's'} (CONTENT_THREADS=1 for one), ${f.workerFiles} of ${f.episodes} files by workers`,
    `  per episode: ours ${(f.oursMs / f.episodes).toFixed(3)} ms, floor ${(f.floorMs / f.episodes).toFixed(3)} ms`,
    `  episodes.json ${kib(f.episodesJsonBytes)} raw, ${kib(f.episodesJsonGzipBytes)} gzip, ${f.gzipBytesPerEpisode.toFixed(0)} gzip bytes per episode (target ≤ 150)`,
    `  output ${(f.outputBytes / 1024 / 1024).toFixed(1)} MiB in ${f.documents} documents; ${f.errors} errors, ${f.warnings} warnings`,
  ])
  const [small, large] = [all[0], all[all.length - 1]]
  if (small && large && small !== large) {
    const growth = (pick: (f: ContentBenchFigures) => number) =>
      (pick(large) / large.episodes / (pick(small) / small.episodes)).toFixed(2)
    lines.push(
      `linearity: per-episode time at ${large.episodes} is ${growth((f) => f.oursMs)}× that at ${small.episodes} (CPU time ${growth((f) => f.oursCpuMs)}×, compile alone ${growth((f) => f.compileMs)}×, free of disk noise; 1.00 = linear)`,
    )
  }
  return lines
}

export async function main(
  sizes: number[] = [1_000, 10_000],
  rounds = 5,
): Promise<{
  sizes: ContentBenchFigures[]
  warnings: WarningsBenchFigures
  recompile: RecompileFigures
}> {
  // One untimed round first: otherwise the first size pays for JIT compilation (on
  // background threads that CPU time counts too) and linearity looks better than it is.
  await benchContentSize(Math.min(...sizes), 1)
  const all: ContentBenchFigures[] = []
  for (const size of sizes) all.push(await benchContentSize(size, rounds))
  console.log(`Content compile (best of ${rounds} alternating rounds)`)
  for (const line of formatFigures(all)) console.log(line)
  const warnings = await benchWarnings(Math.max(...sizes), rounds)
  console.log(
    `with the real catalog's warning rates (${warnings.warnings} warnings in ${warnings.episodes} episodes): compile ${seconds(warnings.warningsCompileMs)} against ${seconds(warnings.cleanCompileMs)} without`,
  )
  const recompile = await benchRecompile(Math.max(...sizes), rounds)
  console.log(
    `dev-server recompile after editing one file of ${recompile.episodes} (compileCatalog with its cache): best ${seconds(recompile.bestMs)}, median ${seconds(recompile.medianMs)} (${recompile.compiled} file compiled, ${recompile.reused} reused; a cold compile: ${seconds(recompile.coldMs)})`,
  )
  return { sizes: all, warnings, recompile }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      rounds: { type: 'string', default: '5' },
    },
  })
  await main(values.sizes.split(',').map(Number), Number(values.rounds))
}
