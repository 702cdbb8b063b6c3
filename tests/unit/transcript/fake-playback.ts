import type { TranscriptPlayback } from '../../../src/features/transcript/transcript-playback.ts'

/** A player held in a variable: tests move it and read what the transcript asked. */
export function fakePlayback() {
  let position: number | null = null
  let playing = false
  const listeners = new Set<() => void>()
  const played: number[] = []
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const playback: TranscriptPlayback = {
    position: () => position,
    playing: () => playing,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    playAt(seconds) {
      played.push(seconds)
      position = seconds
      playing = true
      notify()
    },
  }
  return {
    ...playback,
    played,
    listeners: () => listeners.size,
    moveTo(seconds: number | null) {
      position = seconds
      notify()
    },
    setPlaying(value: boolean) {
      playing = value
      notify()
    },
  }
}
