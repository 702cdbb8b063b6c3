import { availableParallelism } from 'node:os'

/**
 * Fewest files each thread is given. Starting a worker (tsx loading the
 * compiler's modules, then the registries) takes about 1 s of CPU, measured,
 * and a file 0.3 to 0.5 ms: a worker on a second core pays for itself from
 * about 2,000 files, and 1,500 per thread leaves a margin for busy machines.
 */
export const MIN_FILES_PER_THREAD = 1500

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
): { threads: number; forced: boolean } {
  const forced = requested ?? (env && /^\d+$/.test(env.trim()) ? Number(env) : undefined)
  const threads = forced ?? Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD))
  return { threads: Math.max(1, Math.min(threads, files)), forced: forced !== undefined }
}
