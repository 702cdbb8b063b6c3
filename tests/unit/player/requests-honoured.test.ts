import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  nextChapterStart,
  previousChapterStart,
} from '../../../src/features/player/lib/chapter-at.ts'
import { createPlayerStore } from '../../../src/features/player/store/create-player-store.ts'
import { createListeningProgress } from '../../../src/features/player/store/listening-progress.ts'
import { DEFAULT_SETTINGS } from '../../../src/features/player/store/player-settings.ts'
import type { PlayerEpisode } from '../../../src/features/player/store/player-types.ts'
import {
  Expectation,
  type Request,
  requestBursts,
  seededRandom,
} from '../../support/request-sequence.ts'
import { lateEngineFactory } from './late-engine.ts'
import { memoryStorage } from './memory-storage.ts'

const DURATION = 2400
const SETTLE_MS = 3000

const episode = (slug: string): PlayerEpisode => ({
  slug,
  title: slug,
  audioUrl: `/audio/${slug}.mp3`,
  duration: DURATION,
  chapters: [0, 114, 157, 293, 505, 1111, 1425, 2006, 2288].map((startTime) => ({
    startTime,
    title: `at ${startTime}`,
  })),
  showName: null,
  artwork: null,
})
const episodes = [episode('first'), episode('second')]

/** Runs one seeded sequence against the store; returns every mismatch found after a burst. */
async function run(seed: number, steps: number): Promise<string[]> {
  const random = seededRandom(seed * 7919)
  const engines = lateEngineFactory(random, DURATION, () => Date.now())
  let engineArrived = false
  const progress = createListeningProgress(memoryStorage())
  const store = createPlayerStore({
    loadEngine: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          engineArrived = true
          resolve(engines.create)
        }, 150),
      ),
    loadedEngine: () => (engineArrived ? engines.create : null),
    progress,
    settings: DEFAULT_SETTINGS,
    saveSettings: () => {},
    requestFrame: () => 0,
    cancelFrame: () => {},
    onNextGesture: () => {},
    now: () => Date.now(),
  })
  const expected = new Expectation(DURATION)
  let current = 0
  store.cue(episodes[0] as PlayerEpisode, 0)
  const chapters = (episodes[current] as PlayerEpisode).chapters
  const jump = {
    next: (position: number) => nextChapterStart(chapters, position) ?? position,
    previous: (position: number) => previousChapterStart(chapters, position),
  }

  const send = (request: Request) => {
    const position = store.getPosition()
    switch (request.kind) {
      case 'play':
        return store.play()
      case 'pause':
        return store.pause()
      case 'toggle':
        return store.toggle()
      case 'seek':
        return store.seek(request.to)
      case 'skip':
        return store.skip(request.by)
      case 'next-chapter': {
        const next = nextChapterStart(chapters, position)
        return next === null ? undefined : store.seek(next)
      }
      case 'previous-chapter':
        return store.seek(previousChapterStart(chapters, position))
      case 'rate':
        return store.setRate(request.to)
      case 'switch': {
        current = 1 - current
        const target = episodes[current] as PlayerEpisode
        expected.switchTo(current, progress.resumePosition(target.slug), DURATION)
        return store.playEpisode(target)
      }
    }
  }

  const mismatches: string[] = []
  for (const [index, burst] of requestBursts({
    seed,
    steps,
    duration: DURATION,
    switching: true,
  }).entries()) {
    for (const step of burst) {
      send(step.request)
      expected.apply(step.request, jump)
      await vi.advanceTimersByTimeAsync(step.gapMs)
      expected.elapse(step.gapMs)
    }
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expected.elapse(SETTLE_MS)
    const engine = engines.opened.at(-1)
    const media = engine && !engine.unloaded ? engine.actual() : null
    const state = store.getState()
    const problems = [
      ...expected.check({
        playing: media?.playing ?? false,
        position: media?.position ?? store.getPosition(),
        rate: media?.rate ?? state.rate,
        episode: episodes.findIndex((known) => known.slug === state.episode?.slug),
      }),
      ...(state.requested === (expected.playing ? 'play' : 'pause')
        ? []
        : ['shows the wrong request']),
      ...(state.rate === expected.rate ? [] : [`shows rate ${state.rate}`]),
      ...(state.status === (media?.playing ? 'playing' : 'paused')
        ? []
        : [`status ${state.status}`]),
    ]
    if (problems.length > 0) mismatches.push(`seed ${seed}, burst ${index}: ${problems.join('; ')}`)
  }
  return mismatches
}

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe('every request is honoured', () => {
  it('ends where the last requests asked, with a media that confirms late and out of order', async () => {
    const mismatches: string[] = []
    for (let seed = 1; seed <= 12; seed++) mismatches.push(...(await run(seed, 200)))
    expect(mismatches).toEqual([])
  })
})
