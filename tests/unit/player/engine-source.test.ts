import { describe, expect, it } from 'vitest'
import { engineSourceFor, formatOf } from '../../../src/features/player/store/engine-source.ts'

const settings = { rate: 1.5, volume: 0.8, muted: false }

describe('engineSourceFor', () => {
  it('names the codec from the extension, or MP3 for URLs without one', () => {
    expect(formatOf('/audio/a.mp3')).toBe('mp3')
    expect(formatOf('https://cdn.example.com/a.M4A?token=1')).toBe('m4a')
    expect(formatOf('https://cdn.example.com/stream/12345')).toBe('mp3')
  })

  it('opens the plain URL first and a fresh one on every retry', () => {
    expect(engineSourceFor('/audio/a.mp3', settings, 10, 0)).toEqual({
      src: '/audio/a.mp3',
      format: 'mp3',
      startAt: 10,
      ...settings,
    })
    expect(engineSourceFor('/audio/a.mp3', settings, 10, 2).src).toBe('/audio/a.mp3?retry=2')
    expect(engineSourceFor('/a.mp3?token=x', settings, 0, 1).src).toBe('/a.mp3?token=x&retry=1')
  })
})
