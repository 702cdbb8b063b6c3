import { describe, expect, it } from 'vitest'
import {
  formatSpokenDuration,
  parseTimeParam,
  seekValueText,
} from '../../../src/features/player/lib/time.ts'

describe('parseTimeParam', () => {
  it.each([
    ['1425', 1425],
    ['1425.5', 1425.5],
    ['90s', 90],
    ['23:45', 1425],
    ['0:07', 7],
    ['95:00', 5700],
    ['1:02:03', 3723],
    [' 1:02:03 ', 3723],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(parseTimeParam(text)).toBe(seconds)
  })

  it.each([null, undefined, '', 'abc', '-5', '1:60', '1:60:00', '12:5', '1::2', '1e3', 'Infinity'])(
    'rejects %s',
    (text) => {
      expect(parseTimeParam(text)).toBeNull()
    },
  )
})

describe('time formatting', () => {
  it('spells durations for screen readers', () => {
    expect(formatSpokenDuration(0)).toBe('0 seconds')
    expect(formatSpokenDuration(61)).toBe('1 minute 1 second')
    expect(formatSpokenDuration(3600)).toBe('1 hour')
    expect(formatSpokenDuration(3723)).toBe('1 hour 2 minutes 3 seconds')
  })

  it('builds the seek slider text with the chapter', () => {
    expect(seekValueText(1425, 2399, 'Comparing Immutable Operating Systems')).toBe(
      '23 minutes 45 seconds of 39 minutes 59 seconds, Comparing Immutable Operating Systems',
    )
    expect(seekValueText(0, 60, null)).toBe('0 seconds of 1 minute')
  })
})
