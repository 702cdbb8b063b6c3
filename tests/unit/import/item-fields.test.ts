import { describe, expect, it } from 'vitest'
import { normalPlayTime } from '../../../src/import/chapter-times.ts'
import { episodeDraft } from '../../../src/import/episode-entry.ts'
import { readPublicationDate } from '../../../src/import/publication-date.ts'
import { itemDurations } from '../../../src/import/raw-durations.ts'

describe('publication dates', () => {
  it.each([
    ['Tue, 10 Jun 2025 10:00:00 GMT', '2025-06-10T10:00:00.000Z', null],
    ['Tue, 10 Jun 2025 10:00:00 +0200', '2025-06-10T08:00:00.000Z', null],
    ['10 Jun 2025 10:00 EST', '2025-06-10T15:00:00.000Z', null],
    ['Tuesday, 10 June 2025 10:00:00 -0700', '2025-06-10T17:00:00.000Z', 'unusual pubDate'],
    ['Tue, 10 Jun 25 10:00:00 GMT', '2025-06-10T10:00:00.000Z', 'unusual pubDate'],
    ['Tue, 10 Jun 2025 10:00:00 CEST', '2025-06-10T10:00:00.000Z', 'unknown time zone'],
    ['2025-06-10T10:00:00+02:00', '2025-06-10T08:00:00.000Z', 'ISO pubDate'],
    ['2025-06-10 10:00:00', '2025-06-10T10:00:00.000Z', 'ISO pubDate'],
  ])('reads %s as %s', (text, iso, note) => {
    const read = readPublicationDate(text)
    expect(read.iso).toBe(iso)
    if (note) expect(read.note).toContain(note)
    else expect(read.note).toBeNull()
  })

  it.each([['31 Feb 2025 10:00:00 GMT'], ['yesterday'], [''], ['Tue, 10 Jun 2025 25:00:00 GMT']])(
    'refuses %j, saying how to write a date',
    (text) => {
      const read = readPublicationDate(text)
      expect(read.iso).toBeNull()
      expect(read.note).toMatch(/pubDate/)
    },
  )
})

describe('durations', () => {
  it.each([
    ['3723', 3723],
    ['62:03', 3723],
    ['1:02:03', 3723],
    ['01:02:03.250', 3723.25],
    ['90.5', 90.5],
    ['an hour', null],
  ])('reads itunes:duration %s as %s seconds', (text, seconds) => {
    expect(normalPlayTime(text)).toBe(seconds)
    const xml = `<rss><channel><item><itunes:duration>${text}</itunes:duration></item></channel></rss>`
    expect(itemDurations(xml)).toEqual([seconds])
  })
})

describe('slugs', () => {
  it('come from the audio file, never from its analytics prefix, when an item has no title', () => {
    const result = episodeDraft(
      {
        guid: { value: 'x-1' },
        pubDate: 'Tue, 10 Jun 2025 10:00:00 GMT',
        itunes: { duration: 60 },
        enclosures: [
          {
            url: 'https://op3.dev/e/dts.podtrac.com/redirect.mp3/chrt.fm/track/XYZ/cdn.example/show/Ep-12_Final.mp3?update=1',
            length: 10,
            type: 'audio/mpeg',
          },
        ],
      },
      0,
      'show',
    )
    expect('draft' in result && result.draft.slug).toBe('ep-12-final')
  })
})
