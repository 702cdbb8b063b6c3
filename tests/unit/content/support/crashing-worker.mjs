// The real worker, except that it dies on the first chunk it is sent: the
// compile must take that chunk back and finish it in-process.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
parentPort?.once('message', () => process.exit(1))
await import('../../../../src/content/compile/parallel/compile-worker.ts')
