import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createPlaybackClock,
  STALL_TIMEOUT_MS,
} from '../../../src/features/player/store/playback-clock.ts'

function setup() {
  const frames: Array<() => void> = []
  const media = { position: 10 as number | null, running: true }
  const published: number[] = []
  const onStall = vi.fn()
  const onSecond = vi.fn()
  const clock = createPlaybackClock({
    requestFrame: (callback) => frames.push(callback),
    cancelFrame: () => {},
    now: () => Date.now(),
    read: () => media.position,
    running: () => media.running,
    publish: (position) => published.push(position),
    onSecond,
    onStall,
  })
  const runFrame = () => frames.shift()?.()
  return { clock, frames, media, published, onStall, onSecond, runFrame }
}

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('playback clock', () => {
  it('reads the position every frame while playback is wanted, even when it does not move', () => {
    const { clock, media, published, runFrame, frames } = setup()
    clock.start()
    runFrame()
    // Howler reports "not playing" while it buffers after a seek: the loop does not ask it.
    runFrame()
    media.position = 10.5
    runFrame()
    expect(published).toEqual([10, 10, 10.5])
    expect(frames).toHaveLength(1)
  })

  it('stops the frame loop once playback is no longer wanted', () => {
    const { clock, media, runFrame, frames } = setup()
    clock.start()
    media.running = false
    runFrame()
    expect(frames).toHaveLength(0)
  })

  it('reports a stall when the position stays put too long, and not before', () => {
    const { clock, onStall } = setup()
    clock.start()
    vi.advanceTimersByTime(STALL_TIMEOUT_MS - 1000)
    expect(onStall).not.toHaveBeenCalled()
    vi.advanceTimersByTime(3000)
    expect(onStall).toHaveBeenCalled()
  })

  it('starts the stall timer over after a seek and when the position moves', () => {
    const { clock, media, onStall } = setup()
    clock.start()
    vi.advanceTimersByTime(STALL_TIMEOUT_MS - 2000)
    media.position = 500
    clock.restartWatch(500)
    vi.advanceTimersByTime(STALL_TIMEOUT_MS - 2000)
    media.position = 501
    vi.advanceTimersByTime(STALL_TIMEOUT_MS - 2000)
    expect(onStall).not.toHaveBeenCalled()
  })

  it('reports no stall while bytes keep arriving, only once they stop too', () => {
    // A seek on a slow link: the position waits for its bytes, which do come.
    const { clock, onStall } = setup()
    clock.start()
    for (let second = 0; second < 60; second += 5) {
      vi.advanceTimersByTime(5000)
      clock.noteDownload()
    }
    expect(onStall).not.toHaveBeenCalled()
    vi.advanceTimersByTime(STALL_TIMEOUT_MS + 2000)
    expect(onStall).toHaveBeenCalled()
  })

  it('goes quiet when the media is gone or the clock is stopped', () => {
    const { clock, media, onSecond, onStall } = setup()
    clock.start()
    vi.advanceTimersByTime(1000)
    expect(onSecond).toHaveBeenCalledTimes(1)
    clock.stop()
    vi.advanceTimersByTime(60_000)
    expect(onSecond).toHaveBeenCalledTimes(1)
    media.position = null
    clock.start()
    vi.advanceTimersByTime(60_000)
    expect(onStall).not.toHaveBeenCalled()
  })
})
