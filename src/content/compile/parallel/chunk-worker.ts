import { Worker } from 'node:worker_threads'
import type { CompiledFile } from '../compile-file.ts'
import type { ChunkRequest, WorkerMessage, WorkerSetup } from './file-job.ts'

/** A worker silent this long while starting or holding chunks is taken for stuck, and ended. */
const SILENCE_MS = 60_000

/** The worker's script, found from this file's own place (Vite's config bundler keeps import.meta.url). */
export const WORKER_ENTRY = new URL('./worker-boot.mjs', import.meta.url)

export interface ChunkEvents {
  answered(start: number, compiled: CompiledFile[]): void
  /** The worker is lost; the chunks it had not answered yet must be compiled elsewhere. */
  failed(unanswered: number[]): void
  ready(): void
}

/**
 * One worker thread compiling the chunks it is sent. It is usable once it
 * has loaded the same registries as the main thread (`key`); any error, exit
 * or other registries ends it and hands its unanswered chunks back.
 */
export class ChunkWorker {
  readonly inFlight = new Set<number>()
  usable = false
  /** Files this worker has compiled. */
  compiled = 0
  private ended = false
  private readonly worker: Worker
  private silence: NodeJS.Timeout | undefined

  constructor(
    entry: URL,
    setup: WorkerSetup & { key: string },
    private readonly events: ChunkEvents,
  ) {
    const { dir, base, images, key } = setup
    // No inherited flags: the parent's loaders or --inspect have no business in the worker.
    this.worker = new Worker(entry, { workerData: { dir, base, images }, execArgv: [] })
    this.listen()
    this.worker.on('message', (message: WorkerMessage) => {
      if ('key' in message) {
        if (message.key !== key) return this.fail()
        this.usable = true
        this.listen()
        return events.ready()
      }
      this.inFlight.delete(message.start)
      this.compiled += message.compiled.length
      this.listen()
      events.answered(message.start, message.compiled)
    })
    this.worker.on('error', () => this.fail())
    this.worker.on('messageerror', () => this.fail())
    this.worker.on('exit', () => this.fail())
  }

  /** Starting or running: it may yet compile something. */
  get alive(): boolean {
    return !this.ended
  }

  send(request: ChunkRequest): void {
    this.inFlight.add(request.start)
    this.worker.postMessage(request)
    this.listen()
  }

  /** Starts over the wait for the worker's next word, while it is starting or holds chunks. */
  private listen(): void {
    clearTimeout(this.silence)
    if (this.usable && this.inFlight.size === 0) return
    this.silence = setTimeout(() => this.fail(), SILENCE_MS)
  }

  private fail(): void {
    if (this.ended) return
    this.usable = false
    const unanswered = [...this.inFlight]
    this.inFlight.clear()
    void this.end()
    this.events.failed(unanswered)
  }

  /** Stops the thread; safe to call more than once. */
  async end(): Promise<void> {
    clearTimeout(this.silence)
    this.ended = true
    this.usable = false
    await this.worker.terminate()
  }
}
