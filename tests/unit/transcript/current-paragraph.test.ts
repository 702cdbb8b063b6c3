import { describe, expect, it, vi } from 'vitest'
import { createCurrentParagraph } from '../../../src/features/transcript/lib/current-paragraph.ts'
import { fakePlayback } from './fake-playback.ts'

const paragraphs = Array.from({ length: 2500 }, (_, index) => ({
  start: index * 4,
  end: index * 4 + 4,
}))

describe('createCurrentParagraph', () => {
  it('wakes only the paragraph left and the paragraph entered', () => {
    const playback = fakePlayback()
    const tracker = createCurrentParagraph(paragraphs, playback)
    const woken = paragraphs.map(() => vi.fn())
    const stops = woken.map((listener, index) => tracker.subscribeParagraph(index, listener))
    playback.moveTo(10)
    expect(tracker.current()).toBe(2)
    expect(woken.filter((listener) => listener.mock.calls.length > 0)).toEqual([woken[2]])
    playback.moveTo(11) // same paragraph: nobody wakes
    expect(woken[2]).toHaveBeenCalledTimes(1)
    playback.moveTo(5000)
    expect(tracker.current()).toBe(1250)
    const wokenIndexes = woken.flatMap((listener, index) =>
      listener.mock.calls.length ? [index] : [],
    )
    expect(wokenIndexes).toEqual([2, 1250])
    for (const stop of stops) stop()
    expect(playback.listeners()).toBe(0)
  })

  it('has no current paragraph while the player holds another episode', () => {
    const playback = fakePlayback()
    const tracker = createCurrentParagraph(paragraphs, playback)
    const change = vi.fn()
    tracker.subscribeChange(change)
    playback.moveTo(100)
    expect(tracker.current()).toBe(25)
    playback.moveTo(null)
    expect(tracker.current()).toBe(-1)
    expect(change).toHaveBeenCalledTimes(2)
  })

  it('reads the position on demand before anyone listens', () => {
    const playback = fakePlayback()
    playback.moveTo(8)
    expect(createCurrentParagraph(paragraphs, playback).current()).toBe(2)
  })
})
