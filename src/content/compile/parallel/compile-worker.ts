import { parentPort, workerData } from 'node:worker_threads'
import { contextKey } from '../compile-cache.ts'
import { References } from '../references.ts'
import { applySiteImages, loadRegistries } from '../registries.ts'
import { type ChunkRequest, compileJob, type WorkerMessage, type WorkerSetup } from './file-job.ts'

// Runs in a worker thread: builds its own References from the same registries,
// says what they are (the main thread checks they are the ones it read), then
// compiles every chunk of files it is sent, answering with the results in order.
const { dir, base, images } = workerData as WorkerSetup
const registries = await loadRegistries(dir, base)
applySiteImages(registries, images)
const context = {
  references: new References(registries),
  audioUrlTemplate: registries.site.audioUrlTemplate,
  base,
}
const post = (message: WorkerMessage) => parentPort?.postMessage(message)
parentPort?.on('message', ({ start, jobs }: ChunkRequest) => {
  const compiled = jobs.map((job) => compileJob(job, context))
  post({ start, compiled })
})
post({ key: contextKey(registries, base) })
