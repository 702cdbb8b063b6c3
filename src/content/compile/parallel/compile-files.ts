import { readFileSync } from 'node:fs'
import type { ImageDocument } from '../../documents.ts'
import { type CompileCache, contextKey } from '../compile-cache.ts'
import type { CompiledFile, FileContext } from '../compile-file.ts'
import type { Registries } from '../registries.ts'
import { WORKER_ENTRY } from './chunk-worker.ts'
import { compileInThreads } from './compile-in-threads.ts'
import { compileJob, type FileJob } from './file-job.ts'
import { threadCount } from './thread-count.ts'

export interface CompileFilesOptions {
  cache: CompileCache | undefined
  /** Threads to compile on (see threadCount); 1 compiles in-process. */
  threads: number | undefined
  /** The worker's script (tests point it at one that fails). */
  workerEntry: URL | undefined
  /** What the workers load the same registries with. */
  catalogDir: string
  registries: Registries
  /** The site images applied to the registries, for the workers to apply too. */
  siteImages: ReadonlyMap<string, ImageDocument>
}

/** Threads that compiled the files (1: in-process only), and how many files the workers did. */
export interface CompiledOn {
  threads: number
  workerFiles: number
}

/**
 * Every file's result, in file order: from the dev server's cache, else
 * compiled, on several threads when there are many files to compile.
 */
export async function compileFiles(
  files: readonly FileJob[],
  context: FileContext,
  options: CompileFilesOptions,
): Promise<{ results: CompiledFile[]; compiledOn: CompiledOn }> {
  const { cache } = options
  const results = new Array<CompiledFile>(files.length)
  const pending: { index: number; job: FileJob; bytes: Buffer | undefined }[] = []
  for (const [index, file] of files.entries()) {
    const bytes = cache && readFileSync(file.path)
    const found = bytes && cache.find(file.path, bytes)
    if (found) results[index] = found
    else pending.push({ index, job: bytes ? { ...file, bytes } : file, bytes })
  }
  const jobs = pending.map(({ job }) => job)
  const { threads, forced } = threadCount(jobs.length, options.threads)
  const { results: compiled, byWorkers } =
    threads > 1
      ? await compileInThreads(jobs, threads, context, {
          dir: options.catalogDir,
          base: context.base,
          images: [...options.siteImages],
          key: contextKey(options.registries, context.base),
          entry: options.workerEntry ?? WORKER_ENTRY,
          waitForWorkers: forced,
        })
      : { results: jobs.map((job) => compileJob(job, context)), byWorkers: 0 }
  for (const [at, result] of compiled.entries()) {
    const entry = pending[at]
    if (!entry) continue
    results[entry.index] = result
    if (entry.bytes) cache?.keep(entry.job.path, entry.bytes, result)
  }
  return { results, compiledOn: { threads, workerFiles: byWorkers } }
}
