import { describe, expect, it } from 'vitest'
import {
  formatOf,
  parseTranscript,
  sniffFormat,
} from '../../../../src/content/read/transcript/parse-transcript.ts'

describe('parseTranscript for SRT', () => {
  it('takes `Name:` at the start of a cue as its speaker, across multi-line cues', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,500',
      'Ada Lovelace: Hello',
      'world',
      '',
      '2',
      '00:00:03,000 --> 00:00:04,000',
      '<i>So, as I said</i> before: at 10:30 sharp',
      '',
      '3',
      '00:00:05,000 --> 00:00:06,000',
      '10:30: not a name',
    ].join('\r\n')
    const { cues, notes } = await parseTranscript(`\uFEFF${srt}`, 'srt')
    expect(notes).toEqual([])
    expect(cues).toEqual([
      { start: 1, end: 2.5, speaker: 'Ada Lovelace', text: 'Hello world' },
      { start: 3, end: 4, speaker: null, text: 'So, as I said before: at 10:30 sharp' },
      { start: 5, end: 6, speaker: null, text: '10:30: not a name' },
    ])
  })

  it('keeps markup other than formatting as text, and skips a malformed cue by line', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,000',
      'Eve: <script>alert(1)</script>',
      '',
      '2',
      'xx --> yy',
      'broken',
      '',
      '3',
      '00:00:05,000 --> 00:00:06,000',
      'kept',
    ].join('\n')
    const { cues, notes } = await parseTranscript(srt, 'srt')
    expect(cues).toEqual([
      { start: 1, end: 2, speaker: 'Eve', text: '<script>alert(1)</script>' },
      { start: 5, end: 6, speaker: null, text: 'kept' },
    ])
    expect(notes.map((note) => note.line)).toContain(6)
    expect(notes[0]?.message).toMatch(/this cue was skipped/)
  })
})

describe('parseTranscript for Podcasting 2.0 JSON', () => {
  it('reads segments with and without speakers, body as plain text', async () => {
    const json = JSON.stringify({
      version: '1.0.0',
      segments: [
        { speaker: 'Ada', startTime: 0.5, endTime: 2, body: 'Hi <b>there</b>' },
        { startTime: 2, endTime: 3, body: 'Anyone' },
      ],
    })
    expect(await parseTranscript(json, 'json')).toEqual({
      cues: [
        { start: 0.5, end: 2, speaker: 'Ada', text: 'Hi <b>there</b>' },
        { start: 2, end: 3, speaker: null, text: 'Anyone' },
      ],
      notes: [],
    })
  })

  it('skips a malformed segment at its line and keeps the rest', async () => {
    const json = [
      '{',
      '  "version": "1.0.0",',
      '  "segments": [',
      '    { "startTime": 0, "endTime": 1, "body": "kept" },',
      '    { "startTime": "soon", "endTime": 2, "body": "bad" },',
      '    { "startTime": 3, "endTime": 4, "body": "also kept" }',
      '  ]',
      '}',
    ].join('\n')
    const { cues, notes } = await parseTranscript(json, 'json')
    expect(cues.map((cue) => cue.text)).toEqual(['kept', 'also kept'])
    expect(notes).toEqual([
      {
        line: 5,
        message:
          'segment 2: startTime is missing or not valid (startTime and endTime in seconds, body as text): this segment was skipped',
      },
    ])
  })

  it('locates a syntax error and refuses a file of another shape', async () => {
    const broken = await parseTranscript(
      '{\n  "segments": [\n    { "startTime": 0,, }\n  ]\n}',
      'json',
    )
    expect(broken.cues).toEqual([])
    expect(broken.notes).toEqual([
      { line: 3, message: 'is not valid JSON: fix the syntax near this line' },
    ])
    const other = await parseTranscript('{"chapters": []}', 'json')
    expect(other.notes[0]?.message).toMatch(/is not a Podcasting 2.0 transcript/)
  })
})

describe('formats', () => {
  it('comes from the MIME type, else the name, else the text', () => {
    expect(formatOf('x.txt', 'text/vtt')).toBe('vtt')
    expect(formatOf('x', 'application/x-subrip')).toBe('srt')
    expect(formatOf('https://cdn.example.com/en.vtt?v=2')).toBe('vtt')
    expect(formatOf('episode.transcript.json')).toBe('json')
    expect(formatOf('captions')).toBeNull()
    expect(sniffFormat('\uFEFFWEBVTT\n')).toBe('vtt')
    expect(sniffFormat('  {"segments": []}')).toBe('json')
    expect(sniffFormat('1\n00:00:01,000 --> 00:00:02,000\n')).toBe('srt')
  })
})
