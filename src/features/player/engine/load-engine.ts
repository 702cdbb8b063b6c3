import type { CreateEngine } from './audio-engine.ts'

let loaded: CreateEngine | null = null
let loading: Promise<CreateEngine> | null = null

/**
 * Fetches the audio engine (Howler) once. Called ahead of time (idle, hover,
 * focus) so that a later Play press can start playback inside the gesture.
 */
export function preloadEngine(): Promise<CreateEngine> {
  loading ??= import('./howler-engine.ts').then(
    (module) => {
      loaded = module.createHowlerEngine
      return loaded
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The engine if it has already arrived, so playback can start synchronously. */
export const loadedEngine = (): CreateEngine | null => loaded
