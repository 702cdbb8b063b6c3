import { describe, expect, it } from 'vitest'
import { createListeningProgress } from '../../../src/features/player/store/listening-progress.ts'
import { readSettings, writeSettings } from '../../../src/features/player/store/player-settings.ts'
import type { KeyValueStorage } from '../../../src/features/player/store/safe-storage.ts'
import { fullStorage, memoryStorage } from './memory-storage.ts'

const episode = { slug: 'kairos', title: 'Kairos', duration: 2400 }
const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

describe('player settings', () => {
  it('falls back to defaults when storage is missing, unreadable or corrupted', () => {
    expect(readSettings(null)).toEqual({ rate: 1, volume: 1, muted: false })
    expect(readSettings(throwingStorage)).toEqual({ rate: 1, volume: 1, muted: false })
    const corrupted = memoryStorage({ 'podcast-player:settings': '{"rate":' })
    expect(readSettings(corrupted).rate).toBe(1)
  })

  it('keeps valid fields and drops invalid ones one by one', () => {
    const storage = memoryStorage({
      'podcast-player:settings': JSON.stringify({ rate: 1.5, volume: 7, muted: 'yes' }),
    })
    expect(readSettings(storage)).toEqual({ rate: 1.5, volume: 1, muted: false })
  })

  it('round-trips and survives a full quota', () => {
    const storage = memoryStorage()
    writeSettings(storage, { rate: 2, volume: 0.4, muted: true })
    expect(readSettings(storage)).toEqual({ rate: 2, volume: 0.4, muted: true })
    expect(() => writeSettings(fullStorage(), { rate: 2, volume: 1, muted: false })).not.toThrow()
  })
})

describe('listening progress', () => {
  it('remembers positions and lists unfinished episodes newest first', () => {
    const storage = memoryStorage()
    const progress = createListeningProgress(storage)
    progress.savePosition(episode, 600, 1)
    progress.savePosition({ ...episode, slug: 'other', title: 'Other' }, 60, 2)
    const reloaded = createListeningProgress(storage)
    expect(reloaded.resumePosition('kairos')).toBe(600)
    expect(reloaded.continueListening().map((entry) => entry.slug)).toEqual(['other', 'kairos'])
  })

  it('marks finished episodes played and starts them over', () => {
    const progress = createListeningProgress(memoryStorage())
    progress.markPlayed(episode, 1)
    expect(progress.get('kairos')?.played).toBe(true)
    expect(progress.resumePosition('kairos')).toBe(0)
    expect(progress.continueListening()).toEqual([])
  })

  it('ignores corrupted, foreign or out-of-range entries', () => {
    const storage = memoryStorage({
      'podcast-player:progress': JSON.stringify({
        kairos: { title: 'Kairos', position: 600, duration: 2400, played: false, updatedAt: 5 },
        'Bad Slug!': { title: 'x', position: 1, duration: 2, played: false, updatedAt: 1 },
        negative: { title: 'x', position: -4, duration: 20, played: false, updatedAt: 1 },
        beyond: { title: 'x', position: 40, duration: 20, played: false, updatedAt: 1 },
        strings: { title: 'x', position: '4', duration: 20, played: false, updatedAt: 1 },
        nothing: null,
      }),
    })
    const progress = createListeningProgress(storage)
    expect(progress.get('kairos')?.position).toBe(600)
    for (const slug of ['Bad Slug!', 'negative', 'beyond', 'strings', 'nothing']) {
      expect(progress.get(slug)).toBeNull()
    }
  })

  it.each([
    ['not JSON', '{{{'],
    ['an array', '[1,2]'],
    ['a number', '42'],
  ])('starts empty when the stored value is %s', (_, stored) => {
    const progress = createListeningProgress(memoryStorage({ 'podcast-player:progress': stored }))
    expect(progress.continueListening()).toEqual([])
  })

  it('keeps working in memory when storage throws', () => {
    const progress = createListeningProgress(throwingStorage)
    expect(() => progress.savePosition(episode, 100, 1)).not.toThrow()
    expect(progress.resumePosition('kairos')).toBe(100)
    const full = createListeningProgress(fullStorage())
    full.savePosition(episode, 100, 1)
    expect(full.get('kairos')?.position).toBe(100)
  })

  it('tells subscribers about changes', () => {
    const progress = createListeningProgress(memoryStorage())
    let calls = 0
    const unsubscribe = progress.subscribe(() => calls++)
    progress.savePosition(episode, 10, 1)
    unsubscribe()
    progress.savePosition(episode, 20, 2)
    expect(calls).toBe(1)
  })
})
