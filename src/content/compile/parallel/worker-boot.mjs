// The worker's entry, plain JavaScript wherever the compile runs (vite, vitest,
// tsx): Node 20 cannot run TypeScript, so tsx compiles the modules as they load.
import { register } from 'tsx/esm/api'

register()
await import('./compile-worker.ts')
