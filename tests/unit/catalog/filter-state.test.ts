import { describe, expect, it } from 'vitest'
import {
  emptyFilters,
  hasActiveFilters,
  parseFilters,
  serializeFilters,
  toggleFilter,
} from '../../../src/features/catalog/filters/filter-state.ts'

describe('filter state in the URL', () => {
  it('reads every group and the query', () => {
    const state = parseFilters(
      '?guest=mauro-morales&technology=kairos&technology=kubernetes&show=cloud-native-compass&category=interview&q=immutable',
    )
    expect(state).toEqual({
      guests: ['mauro-morales'],
      technologies: ['kairos', 'kubernetes'],
      shows: ['cloud-native-compass'],
      categories: ['interview'],
      q: 'immutable',
    })
  })

  it('round-trips a state through the query string', () => {
    const state = {
      guests: ['a', 'b-2'],
      technologies: ['c'],
      shows: [],
      categories: ['review'],
      q: 'open source & more',
    }
    expect(parseFilters(serializeFilters(state))).toEqual(state)
    expect(serializeFilters(parseFilters(serializeFilters(state)))).toBe(serializeFilters(state))
  })

  it('ignores unknown parameters, malformed values and repeats', () => {
    const state = parseFilters(
      'foo=bar&guest=Not%20A%20Slug&guest=ok&guest=ok&technology=&technology=--x&show=a_b&q=%20%20',
    )
    expect(state).toEqual({ ...emptyFilters, guests: ['ok'] })
    expect(parseFilters('%%%&&&=')).toEqual(emptyFilters)
  })

  it('writes nothing for an empty state', () => {
    expect(serializeFilters(emptyFilters)).toBe('')
    expect(hasActiveFilters(emptyFilters)).toBe(false)
    expect(hasActiveFilters({ ...emptyFilters, q: 'x' })).toBe(true)
  })

  it('toggles an option on and off', () => {
    const on = toggleFilter(emptyFilters, 'technologies', 'kairos')
    expect(on.technologies).toEqual(['kairos'])
    expect(hasActiveFilters(on)).toBe(true)
    expect(toggleFilter(on, 'technologies', 'kairos').technologies).toEqual([])
  })
})
