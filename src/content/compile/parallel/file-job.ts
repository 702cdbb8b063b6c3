import { readFileSync } from 'node:fs'
import type { ImageDocument } from '../../documents.ts'
import { type CompiledFile, compileFile, type FileContext } from '../compile-file.ts'

/** One episode file to compile; `bytes` when they were already read (to look in the cache). */
export interface FileJob {
  path: string
  /** How problems name the file. */
  shown: string
  bytes?: Uint8Array
}

/** Compiles one job, on whichever thread runs it. */
export const compileJob = (job: FileJob, context: FileContext): CompiledFile =>
  compileFile(job.bytes ?? readFileSync(job.path), job.shown, context)

/** What a worker starts with: the catalog folder and base path to load the registries with. */
export interface WorkerSetup {
  dir: string
  base: string
  /** The site images the main thread made (applySiteImages), by key. */
  images: Array<[string, ImageDocument]>
}

/** A chunk of files to compile, from the main thread; `start` is its place in the whole list. */
export interface ChunkRequest {
  start: number
  jobs: FileJob[]
}

/** From a worker: first the contextKey of its registries, then each chunk's results. */
export type WorkerMessage = { key: string } | { start: number; compiled: CompiledFile[] }
