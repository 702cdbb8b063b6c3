import { describe, expect, it } from 'vitest'
import { externalUrl, githubUrl } from '../../../src/features/catalog/external-url.ts'
import { formatDate, formatDuration, pluralEpisodes } from '../../../src/features/catalog/format.ts'

describe('formatting for people', () => {
  it('writes durations in minutes, with hours past an hour', () => {
    expect(formatDuration(45)).toBe('45 s')
    expect(formatDuration(2399)).toBe('40 min')
    expect(formatDuration(3599)).toBe('1 h 00 min')
    expect(formatDuration(3900)).toBe('1 h 05 min')
  })

  it('writes the publication day in UTC', () => {
    expect(formatDate('2025-12-18T23:30:00Z')).toBe('Dec 18, 2025')
    expect(formatDate('not a date')).toBe('not a date')
  })

  it('says "episode" for one and "episodes" otherwise', () => {
    expect(pluralEpisodes(0)).toBe('0 episodes')
    expect(pluralEpisodes(1)).toBe('1 episode')
    expect(pluralEpisodes(10000)).toBe('10,000 episodes')
  })
})

describe('links from content', () => {
  it('keeps only http(s) addresses', () => {
    expect(externalUrl('https://example.com/a')).toBe('https://example.com/a')
    expect(externalUrl('javascript:alert(1)')).toBeNull()
    expect(externalUrl('not a url')).toBeNull()
    expect(externalUrl(null)).toBeNull()
  })

  it('turns a GitHub user name into a profile address', () => {
    expect(githubUrl('mudler')).toBe('https://github.com/mudler')
    expect(githubUrl('https://github.com/mudler')).toBe('https://github.com/mudler')
    expect(githubUrl('javascript:alert(1)')).toBeNull()
  })
})
