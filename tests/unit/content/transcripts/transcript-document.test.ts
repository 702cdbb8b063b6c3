import { describe, expect, it } from 'vitest'
import { orderCues } from '../../../../src/content/compile/transcript/transcript-cues.ts'
import { compileTranscript } from '../../../../src/content/compile/transcript/transcript-document.ts'
import { PARAGRAPH_WORDS } from '../../../../src/content/compile/transcript/transcript-paragraphs.ts'
import { matchSpeakers } from '../../../../src/content/compile/transcript/transcript-speakers.ts'
import type { PersonRef } from '../../../../src/content/documents.ts'
import type { TranscriptCue } from '../../../../src/content/read/transcript/transcript-cue.ts'

const person = (slug: string, name: string): PersonRef => ({
  slug,
  name,
  website: null,
  github: null,
  avatar: null,
})
const ada = person('ada-lovelace', 'Ada Lovelace')
const noor = person('noor', 'Noor Halvorsen')
const cue = (start: number, speaker: string | null, text: string, end = start + 1) => ({
  start,
  end,
  speaker,
  text,
})

describe('matchSpeakers', () => {
  it('matches names and slugs case-insensitively, keeps the others as written', () => {
    const { speakers, indexOf } = matchSpeakers(
      ['ADA LOVELACE', 'noor', 'Ada-Lovelace', 'Studio Producer', null],
      [noor, ada],
    )
    expect(speakers).toEqual([
      { name: 'Ada Lovelace', person: ada },
      { name: 'Noor Halvorsen', person: noor },
      { name: 'Studio Producer', person: null },
    ])
    expect(indexOf.get('Ada-Lovelace')).toBe(0)
    expect(indexOf.has('null')).toBe(false)
  })
})

describe('orderCues', () => {
  it('sorts out-of-order cues, keeps overlapping ones, and drops cues past the end', () => {
    const { cues, pastEnd } = orderCues(
      [cue(5, null, 'b', 9), cue(1, null, 'a', 6), cue(8, null, 'c', 12), cue(10, null, 'late')],
      10,
    )
    expect(cues).toEqual([cue(1, null, 'a', 6), cue(5, null, 'b', 9), cue(8, null, 'c', 10)])
    expect(pastEnd).toBe(1)
  })

  it('gives a cue that ends before it starts no length rather than a negative one', () => {
    expect(orderCues([cue(4, null, 'x', 2)], 10).cues).toEqual([cue(4, null, 'x', 4)])
  })
})

describe('compileTranscript', () => {
  const chapters = [
    { startTime: 0, endTime: 10, title: 'Hello' },
    { startTime: 10, endTime: 30, title: 'Middle' },
    { startTime: 29, endTime: 40, title: 'Late' },
    { startTime: 40, endTime: 50, title: 'After the talk' },
  ]

  it('groups cues by speaker turn, starts a paragraph at each chapter, and places headings', () => {
    const cues: TranscriptCue[] = [
      cue(0, 'Ada Lovelace', 'Hi.'),
      cue(2, 'ada-lovelace', 'Welcome.'),
      cue(4, 'Noor', 'Thanks.'),
      cue(11, 'Noor', 'New chapter.'),
      cue(20, 'Noor', 'Same turn.'),
      cue(30, 'Guest', 'Late words.'),
    ]
    const {
      document,
      words,
      cues: named,
    } = compileTranscript({
      slug: 'demo',
      language: 'en',
      cues,
      chapters,
      people: [ada, noor],
    })
    expect(document.paragraphs).toEqual([
      { start: 0, end: 3, speaker: 0, text: 'Hi. Welcome.' },
      { start: 4, end: 5, speaker: 1, text: 'Thanks.' },
      { start: 11, end: 21, speaker: 1, text: 'New chapter. Same turn.' },
      { start: 30, end: 31, speaker: 2, text: 'Late words.' },
    ])
    expect(document.headings).toEqual([
      { title: 'Hello', start: 0, before: 0 },
      { title: 'Middle', start: 10, before: 2 },
      { title: 'Late', start: 29, before: 3 },
      { title: 'After the talk', start: 40, before: 4 },
    ])
    expect(document.speakers.map((speaker) => speaker.name)).toEqual([
      'Ada Lovelace',
      'Noor Halvorsen',
      'Guest',
    ])
    expect(named.map((c) => c.speaker)).toEqual([
      'Ada Lovelace',
      'Ada Lovelace',
      'Noor Halvorsen',
      'Noor Halvorsen',
      'Noor Halvorsen',
      'Guest',
    ])
    expect(words).toBe(9)
  })

  it('cuts a long turn at the end of a sentence, not inside one', () => {
    const sentence = `${'word '.repeat(PARAGRAPH_WORDS / 2).trim()}.`
    const cues = [
      cue(0, null, sentence),
      cue(1, null, 'and then'),
      cue(2, null, `${'more '.repeat(PARAGRAPH_WORDS / 2).trim()} words.`),
      cue(3, null, 'Next paragraph.'),
    ]
    const { document } = compileTranscript({
      slug: 'demo',
      language: null,
      cues,
      chapters: [],
      people: [],
    })
    expect(document.paragraphs.map((p) => [p.start, p.speaker])).toEqual([
      [0, null],
      [3, null],
    ])
    expect(document.speakers).toEqual([])
  })
})
