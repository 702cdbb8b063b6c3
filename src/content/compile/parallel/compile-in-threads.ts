import { setImmediate as nextTurn } from 'node:timers/promises'
import type { CompiledFile, FileContext } from '../compile-file.ts'
import { ChunkWorker } from './chunk-worker.ts'
import { compileJob, type FileJob, type WorkerSetup } from './file-job.ts'

export interface ThreadSetup extends WorkerSetup {
  /** contextKey of the main thread's registries; a worker that read others is not used. */
  key: string
  entry: URL
  /**
   * Leave the last chunk to the workers until one has had work (when threads
   * are asked for): they then compile something whatever the catalog's size.
   * Otherwise this thread never waits for a worker to start.
   */
  waitForWorkers: boolean
}

/** Files per chunk: about 50 ms of work, so that the main thread answers its workers often. */
const CHUNK = 100
/** Chunks a worker holds at once: the next one is there when it finishes one. */
const AHEAD = 2

/**
 * Compiles the jobs on `threads` threads: this one and workers, sharing
 * chunks as each gets free, so that a worker slow to start (or a busy core)
 * costs nothing but the work it does not do. A worker that fails hands its
 * chunks back, and this thread compiles them: the results, in job order, are
 * the same whatever happens to the workers.
 */
export async function compileInThreads(
  jobs: readonly FileJob[],
  threads: number,
  context: FileContext,
  setup: ThreadSetup,
): Promise<{ results: CompiledFile[]; byWorkers: number }> {
  const results = new Array<CompiledFile>(jobs.length)
  const queue: number[] = []
  for (let start = 0; start < jobs.length; start += CHUNK) queue.push(start)
  const done = new Set<number>()
  let byWorkers = 0
  let wake: () => void = () => {}
  const feed = (worker: ChunkWorker) => {
    while (worker.usable && worker.inFlight.size < AHEAD) {
      const start = queue.pop()
      if (start === undefined) return
      worker.send({ start, jobs: jobs.slice(start, start + CHUNK) })
    }
  }
  const workers: ChunkWorker[] = []
  const events = (index: number) => ({
    ready: () => feed(workers[index] as ChunkWorker),
    answered: (start: number, compiled: CompiledFile[]) => {
      if (!done.has(start)) {
        results.splice(start, compiled.length, ...compiled)
        done.add(start)
        byWorkers += compiled.length
      }
      feed(workers[index] as ChunkWorker)
      wake()
    },
    failed: (unanswered: number[]) => {
      queue.push(...unanswered.filter((start) => !done.has(start)))
      wake()
    },
  })
  // Chunks a worker holds that nobody has compiled yet.
  const unanswered = () =>
    workers.flatMap((worker) => [...worker.inFlight]).filter((start) => !done.has(start))
  try {
    for (let index = 0; index < threads - 1; index += 1) {
      workers.push(new ChunkWorker(setup.entry, setup, events(index)))
    }
    // This thread takes chunks from the front, the workers from the back; once
    // the queue is empty, it compiles the chunks the workers still hold rather
    // than wait for them (a worker's code is still cold, and slower).
    for (;;) {
      const leave =
        setup.waitForWorkers &&
        workers.some((worker) => worker.alive) &&
        workers.every((worker) => worker.compiled === 0)
      let start = queue.length > 1 || !leave ? queue.shift() : undefined
      if (start === undefined && !leave) start = unanswered()[0]
      if (start !== undefined) {
        const chunk = jobs.slice(start, start + CHUNK)
        for (const [offset, job] of chunk.entries())
          results[start + offset] = compileJob(job, context)
        done.add(start)
        await nextTurn()
      } else if (queue.length > 0 || unanswered().length > 0) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      } else {
        return { results, byWorkers }
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.end()))
  }
}
