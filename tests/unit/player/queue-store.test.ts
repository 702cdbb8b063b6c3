import { describe, expect, it, vi } from 'vitest'
import { createPlayerStore } from '../../../src/features/player/store/create-player-store.ts'
import { createQueueStore } from '../../../src/features/player/store/create-queue-store.ts'
import { createListeningProgress } from '../../../src/features/player/store/listening-progress.ts'
import { DEFAULT_SETTINGS } from '../../../src/features/player/store/player-settings.ts'
import type { PlayerEpisode } from '../../../src/features/player/store/player-types.ts'
import type { KeyValueStorage } from '../../../src/features/player/store/safe-storage.ts'
import { fakeEngineFactory } from './fake-engine.ts'
import { fullStorage, memoryStorage } from './memory-storage.ts'

const KEY = 'podcast-player:queue'
const episode = (slug: string, duration = 600): PlayerEpisode => ({
  slug,
  title: `Episode ${slug}`,
  audioUrl: `/audio/${slug}.mp3`,
  duration,
  chapters: [{ startTime: 0, title: 'Intro' }],
  showName: 'Show',
  artwork: null,
})
const slugs = (queue: ReturnType<typeof createQueueStore>) =>
  queue.getState().entries.map((entry) => entry.slug)
const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

describe('queue store', () => {
  it('adds at the end, once per episode, says where, and tells its subscribers', () => {
    const queue = createQueueStore(memoryStorage())
    const listener = vi.fn()
    queue.subscribe(listener)
    queue.add(episode('a'))
    expect(queue.getState().announcement).toBe('Episode a added to Up next, position 1 of 1')
    queue.add(episode('b'))
    expect(queue.getState().announcement).toBe('Episode b added to Up next, position 2 of 2')
    queue.add(episode('a'))
    expect(queue.getState().announcement).toBe('Episode b added to Up next, position 2 of 2')
    expect(slugs(queue)).toEqual(['a', 'b'])
    expect(queue.has('b')).toBe(true)
    expect(queue.has('c')).toBe(false)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('moves entries up and down, never past either end', () => {
    const queue = createQueueStore(memoryStorage())
    for (const slug of ['a', 'b', 'c']) queue.add(episode(slug))
    queue.move('c', -1)
    expect(slugs(queue)).toEqual(['a', 'c', 'b'])
    queue.move('a', 1)
    expect(slugs(queue)).toEqual(['c', 'a', 'b'])
    const before = queue.getState()
    queue.move('c', -1)
    queue.move('b', 1)
    queue.move('missing', 1)
    expect(queue.getState()).toBe(before)
  })

  it('moves an entry to any position, as a drag drops it, and says where it went', () => {
    const queue = createQueueStore(memoryStorage())
    for (const slug of ['a', 'b', 'c', 'd']) queue.add(episode(slug))
    queue.moveTo('d', 0)
    expect(slugs(queue)).toEqual(['d', 'a', 'b', 'c'])
    expect(queue.getState().announcement).toBe('Episode d moved to position 1 of 4')
    queue.moveTo('a', 3)
    expect(slugs(queue)).toEqual(['d', 'b', 'c', 'a'])
    expect(queue.getState().announcement).toBe('Episode a moved to position 4 of 4')
    queue.move('b', 1)
    expect(queue.getState().announcement).toBe('Episode b moved to position 3 of 4')
    const before = queue.getState()
    queue.moveTo('a', 3)
    queue.moveTo('a', 4)
    queue.moveTo('a', -1)
    queue.moveTo('missing', 0)
    expect(queue.getState()).toBe(before)
  })

  it('removes one entry or clears them all, and says so', () => {
    const queue = createQueueStore(memoryStorage())
    for (const slug of ['a', 'b', 'c']) queue.add(episode(slug))
    queue.remove('b')
    expect(slugs(queue)).toEqual(['a', 'c'])
    expect(queue.getState().announcement).toBe('Episode b removed from Up next')
    const before = queue.getState()
    queue.remove('b')
    expect(queue.getState()).toBe(before)
    queue.clear()
    expect(slugs(queue)).toEqual([])
    expect(queue.getState().announcement).toBe('Up next cleared')
    const cleared = queue.getState()
    queue.clear()
    expect(queue.getState()).toBe(cleared)
  })

  it('takes the first entry off and announces it; an empty queue gives nothing', () => {
    const queue = createQueueStore(memoryStorage())
    expect(queue.takeNext()).toBeNull()
    expect(queue.getState().announcement).toBe('')
    queue.add(episode('a'))
    queue.add(episode('b'))
    expect(queue.takeNext()?.slug).toBe('a')
    expect(slugs(queue)).toEqual(['b'])
    expect(queue.getState().announcement).toBe('Now playing Episode a')
  })

  it('remembers the queue across page loads, in order and whole', () => {
    const storage = memoryStorage()
    const first = createQueueStore(storage)
    for (const slug of ['a', 'b', 'c']) first.add(episode(slug))
    first.moveTo('c', 0)
    first.remove('a')
    const again = createQueueStore(storage)
    expect(again.getState().entries).toEqual([episode('c'), episode('b')])
    again.clear()
    expect(createQueueStore(storage).getState().entries).toEqual([])
  })

  it.each([
    '[{"slug": "a", "title": ',
    'null',
    '42',
    '"text"',
    '{"slug": "a"}',
    '{"__proto__": {"polluted": true}}',
  ])('starts empty from the corrupted or foreign value %s', (value) => {
    const queue = createQueueStore(memoryStorage({ [KEY]: value }))
    expect(queue.getState().entries).toEqual([])
    expect(Object.hasOwn({}, 'polluted')).toBe(false)
  })

  it('keeps the valid entries of a stored list and drops invalid ones and repeats', () => {
    const stored = [
      episode('a'),
      { ...episode('b'), duration: 'long' },
      { ...episode('c'), chapters: [{ startTime: -1, title: 'x' }] },
      { ...episode('d'), audioUrl: '' },
      { ...episode('e'), showName: 7 },
      null,
      episode('a'),
      episode('f'),
    ]
    const queue = createQueueStore(memoryStorage({ [KEY]: JSON.stringify(stored) }))
    expect(slugs(queue)).toEqual(['a', 'f'])
  })

  it('works in memory when storage is missing, full or refused', () => {
    for (const storage of [null, fullStorage(), throwingStorage]) {
      const queue = createQueueStore(storage)
      queue.add(episode('a'))
      queue.add(episode('b'))
      queue.move('b', -1)
      expect(slugs(queue)).toEqual(['b', 'a'])
    }
  })
})

describe('queue and player together', () => {
  function setup() {
    const engines = fakeEngineFactory()
    const progress = createListeningProgress(memoryStorage())
    const queue = createQueueStore(memoryStorage())
    const player = createPlayerStore({
      loadEngine: () => Promise.resolve(engines.create),
      loadedEngine: () => engines.create,
      progress,
      settings: DEFAULT_SETTINGS,
      saveSettings: () => {},
      requestFrame: () => 0,
      cancelFrame: () => {},
      onNextGesture: () => {},
      onEnded: () => {
        const next = queue.takeNext()
        if (next) player.playEpisode(next)
      },
      now: () => Date.now(),
    })
    return { engines, progress, queue, player }
  }

  it('an ending episode starts the first queued one from its saved position', () => {
    const { engines, progress, queue, player } = setup()
    progress.savePosition(episode('b'), 120, Date.now())
    queue.add(episode('b'))
    queue.add(episode('c'))
    player.playEpisode(episode('a', 100))
    engines.opened[0]?.events.onPlay()
    engines.opened[0]?.events.onEnd()
    expect(progress.get('a')?.played).toBe(true)
    expect(player.getState()).toMatchObject({ requested: 'play', episode: { slug: 'b' } })
    expect(player.getPosition()).toBe(120)
    expect(engines.opened).toHaveLength(2)
    expect(slugs(queue)).toEqual(['c'])
  })

  it('an ending episode with an empty queue starts nothing', () => {
    const { engines, player } = setup()
    player.playEpisode(episode('a', 100))
    engines.opened[0]?.events.onPlay()
    engines.opened[0]?.events.onEnd()
    expect(player.getState()).toMatchObject({ status: 'paused', episode: { slug: 'a' } })
    expect(engines.opened).toHaveLength(1)
  })
})
