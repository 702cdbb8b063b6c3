/**
 * Runs one benchmark module of `npm run bench` in its own process, so that a
 * crash or a leaked server in one module cannot take the whole run down.
 *
 *   node --import tsx scripts/bench-module.ts bench-browse.ts
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

type BenchModule = Record<string, unknown>

/** A module's `main()` or default export, called with no arguments; it prints its own figures. */
async function runMain(module: BenchModule): Promise<void> {
  const entry = module.main ?? module.default
  if (typeof entry !== 'function') {
    throw new Error('it exports neither main() nor a default function')
  }
  const result: unknown = await entry()
  if (typeof result === 'string') console.log(result)
}

/**
 * Browsing builds its own catalog, one episode in ten with a transcript (a folder of its
 * own), and reuses that build on later runs of the same catalog.
 */
async function runBrowse(module: BenchModule): Promise<void> {
  const { runBrowseBench, formatBrowseBench } = module as Partial<
    typeof import('./bench-browse.ts')
  >
  if (!runBrowseBench || !formatBrowseBench) {
    throw new Error('it exports no runBrowseBench() and formatBrowseBench()')
  }
  const count = Number(process.env.BENCH_EPISODES ?? 10_000)
  const port = Number(process.env.BENCH_BROWSE_PORT ?? 4393)
  console.log(formatBrowseBench(await runBrowseBench({ count, reuse: true, port })))
}

const runners: Record<string, (module: BenchModule) => Promise<void>> = {
  'bench-browse.ts': runBrowse,
}

const file = process.argv[2] ?? ''
if (!existsSync(resolve(import.meta.dirname, file))) {
  console.log(`  not run: scripts/${file} does not exist yet`)
  process.exit(2)
}
try {
  await (runners[file] ?? runMain)(await import(`./${file}`))
  // Modules may leave browsers or servers behind; the figures are printed, so stop here.
  process.exit(0)
} catch (error) {
  console.log(
    `  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  )
  process.exit(1)
}
