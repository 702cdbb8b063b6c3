import type { EngineEvents } from '../engine/audio-engine.ts'

/**
 * The same handlers, each running only while `isCurrent()` holds: an engine
 * closed on a switch or a retry may still have events in flight.
 */
export function currentEvents(events: EngineEvents, isCurrent: () => boolean): EngineEvents {
  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      if (isCurrent()) handler(...args)
    }
  return {
    onLoad: guard(events.onLoad),
    onProgress: guard(events.onProgress),
    onPlay: guard(events.onPlay),
    onPause: guard(events.onPause),
    onInterrupted: guard(events.onInterrupted),
    onEnd: guard(events.onEnd),
    onError: guard(events.onError),
    onPlayBlocked: guard(events.onPlayBlocked),
  }
}
