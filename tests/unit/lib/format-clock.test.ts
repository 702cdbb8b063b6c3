import { describe, expect, it } from 'vitest'
import { formatClock } from '../../../src/lib/format-clock.ts'

describe('formatClock', () => {
  it('shows hours only when needed', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(5.9)).toBe('0:05')
    expect(formatClock(36)).toBe('0:36')
    expect(formatClock(1425)).toBe('23:45')
    expect(formatClock(3723)).toBe('1:02:03')
  })

  it('reads anything that is not a finite, positive time as 0', () => {
    expect(formatClock(Number.NaN)).toBe('0:00')
    expect(formatClock(-12)).toBe('0:00')
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('0:00')
  })
})
