import { describe, expect, it } from 'vitest'
import { parseTranscript } from '../../../../src/content/read/transcript/parse-transcript.ts'

describe('parseTranscript for WebVTT', () => {
  it('reads voices, multi-line cues, cue settings and skips NOTE and STYLE blocks', async () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE written by hand',
      '',
      'STYLE',
      '::cue { color: red }',
      '',
      'intro',
      '00:00:01.000 --> 00:00:04.500 align:start position:10%',
      '<v Ada Lovelace>Hello <b>there</b>,',
      'second line.',
      '',
      '00:00:05.000 --> 00:00:07.000',
      '<v.loud Bob>Hi</v>',
      '',
      '00:00:08.000 --> 00:00:09.000',
      'Nobody named',
      '',
    ].join('\n')
    const { cues, notes } = await parseTranscript(vtt, 'vtt')
    expect(notes).toEqual([])
    expect(cues).toEqual([
      { start: 1, end: 4.5, speaker: 'Ada Lovelace', text: 'Hello there, second line.' },
      { start: 5, end: 7, speaker: 'Bob', text: 'Hi' },
      { start: 8, end: 9, speaker: null, text: 'Nobody named' },
    ])
  })

  it('reads a file with a byte-order mark and Windows line ends', async () => {
    const vtt = '\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ada>One\r\ntwo\r\n'
    const { cues, notes } = await parseTranscript(vtt, 'vtt')
    expect(notes).toEqual([])
    expect(cues).toEqual([{ start: 1, end: 2, speaker: 'Ada', text: 'One two' }])
  })

  it('skips a malformed cue with its line and keeps the others', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'kept',
      '',
      '00:00:0x.000 --> 00:00:03.000',
      'broken',
      '',
      '00:00:04.000 --> 00:00:05.000',
      'also kept',
    ].join('\n')
    const { cues, notes } = await parseTranscript(vtt, 'vtt')
    expect(cues.map((cue) => cue.text)).toEqual(['kept', 'also kept'])
    expect(notes).toHaveLength(1)
    expect(notes[0]?.line).toBe(6)
    expect(notes[0]?.message).toMatch(/00:00:0x\.000.*this cue was skipped/)
  })

  it('says so when the file is empty or not WebVTT at all', async () => {
    expect(await parseTranscript('', 'vtt')).toEqual({
      cues: [],
      notes: [{ line: 1, message: 'is empty: it holds no cues' }],
    })
    const garbage = await parseTranscript('hello\nworld\n', 'vtt')
    expect(garbage.cues).toEqual([])
    expect(garbage.notes[0]).toEqual({
      line: 1,
      message: 'is not a WebVTT file: it must start with the line WEBVTT',
    })
  })

  it('keeps escaped markup as text and drops tags, never keeping a script element', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v Eve &lt;b&gt;>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
      '',
      '00:00:03.000 --> 00:00:04.000',
      '<script>alert(2)</script>',
    ].join('\n')
    const { cues } = await parseTranscript(vtt, 'vtt')
    expect(cues).toEqual([
      { start: 1, end: 2, speaker: 'Eve <b>', text: '<script>alert(1)</script> & more' },
      { start: 3, end: 4, speaker: null, text: 'alert(2)' },
    ])
  })
})
