import { availableParallelism } from 'node:os'

/**
 * Fewest files each thread is given: below that, starting a worker (loading
 * the compiler's modules and the registries in it) costs more than it saves.
 */
export const MIN_FILES_PER_THREAD = 1000

/**
 * How many threads compile `files` files, the main one included; 1 compiles
 * them in-process. `requested` (CompileOptions.threads, else the env
 * CONTENT_THREADS) forces a count whatever the number of files; without it,
 * every core is used once each thread gets at least MIN_FILES_PER_THREAD.
 */
export function threadCount(
  files: number,
  requested: number | undefined,
  env: string | undefined = process.env.CONTENT_THREADS,
  cores: number = availableParallelism(),
): number {
  const forced = requested ?? (env && /^\d+$/.test(env.trim()) ? Number(env) : undefined)
  const threads = forced ?? Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD))
  return Math.max(1, Math.min(threads, files))
}
