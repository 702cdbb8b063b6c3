import { describe, expect, it } from 'vitest'
import {
  type EmbeddedPlayer,
  type EmbedEvent,
  postPlayerEvents,
} from '../../../src/features/embed/embed-events.ts'
import { readParentCommand } from '../../../src/features/embed/parent-command.ts'

function fakePlayer() {
  const stateListeners = new Set<() => void>()
  const positionListeners = new Set<() => void>()
  const fake = { playing: false, position: 0, duration: 100 }
  const chapters = [
    { startTime: 0, title: 'Intro' },
    { startTime: 40, title: 'Middle' },
  ]
  const player: EmbeddedPlayer = {
    playing: () => fake.playing,
    position: () => fake.position,
    duration: () => fake.duration,
    chapter: () =>
      chapters.findLast((chapter) => chapter.startTime <= fake.position)?.title ?? null,
    subscribe: (listener) => {
      stateListeners.add(listener)
      return () => stateListeners.delete(listener)
    },
    subscribePosition: (listener) => {
      positionListeners.add(listener)
      return () => positionListeners.delete(listener)
    },
    play: () => {},
    pause: () => {},
    seek: () => {},
  }
  return {
    player,
    setPlaying(playing: boolean) {
      fake.playing = playing
      for (const listener of stateListeners) listener()
    },
    moveTo(position: number) {
      fake.position = position
      for (const listener of positionListeners) listener()
    },
    listeners: () => stateListeners.size + positionListeners.size,
  }
}

describe('postPlayerEvents', () => {
  it('posts ready, play, timeupdate at most every 250 ms, chapterchange, pause, then ended', () => {
    const fake = fakePlayer()
    const events: EmbedEvent[] = []
    let clock = 0
    const stop = postPlayerEvents(
      fake.player,
      'ep',
      (event) => events.push(event),
      () => clock,
    )
    fake.setPlaying(true)
    for (let ms = 0; ms <= 1000; ms += 50) {
      clock = ms
      fake.moveTo(ms / 1000)
    }
    clock = 1100
    fake.moveTo(41.2)
    clock = 1200
    fake.moveTo(100)
    fake.setPlaying(false)
    stop()
    fake.moveTo(3)

    const types = events.map((event) => event.type)
    expect(types).toEqual([
      'ready',
      'play',
      'timeupdate',
      'timeupdate',
      'timeupdate',
      'timeupdate',
      'timeupdate',
      'chapterchange',
      'pause',
      'ended',
    ])
    expect(events[0]).toEqual({ type: 'ready', episode: 'ep', time: 0 })
    expect(
      events.filter((event) => event.type === 'timeupdate').map((event) => event.time),
    ).toEqual([0, 0.25, 0.5, 0.75, 1])
    expect(events[7]).toEqual({
      type: 'chapterchange',
      episode: 'ep',
      time: 41.2,
      chapter: 'Middle',
    })
    expect(events[9]).toEqual({ type: 'ended', episode: 'ep', time: 100 })
    expect(fake.listeners()).toBe(0)
  })

  it('posts pause without ended when paused before the end', () => {
    const fake = fakePlayer()
    const events: EmbedEvent[] = []
    postPlayerEvents(
      fake.player,
      'ep',
      (event) => events.push(event),
      () => 0,
    )
    fake.setPlaying(true)
    fake.setPlaying(false)
    expect(events.map((event) => event.type)).toEqual(['ready', 'play', 'pause'])
  })
})

describe('readParentCommand', () => {
  it('accepts play, pause and seek with a time in seconds', () => {
    expect(readParentCommand({ type: 'play' })).toEqual({ type: 'play' })
    expect(readParentCommand({ type: 'pause', extra: 1 })).toEqual({ type: 'pause' })
    expect(readParentCommand({ type: 'seek', time: 157.5 })).toEqual({ type: 'seek', time: 157.5 })
  })

  it('ignores anything else', () => {
    for (const data of [
      null,
      'play',
      42,
      [],
      { type: 'PLAY' },
      { type: 'seek' },
      { type: 'seek', time: '12' },
      { type: 'seek', time: -1 },
      { type: 'seek', time: Number.NaN },
      { type: 'seek', time: Number.POSITIVE_INFINITY },
      { type: 'volume', value: 1 },
    ]) {
      expect(readParentCommand(data), JSON.stringify(data)).toBeNull()
    }
  })
})
