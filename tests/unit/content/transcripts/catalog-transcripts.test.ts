import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument, TranscriptDocument } from '../../../../src/content/documents.ts'
import { episode, writeCatalog } from '../support/temp-catalog.ts'

const now = new Date('2026-01-01T00:00:00Z')
const people = 'ada-lovelace:\n  name: Ada Lovelace\nnoor:\n  name: Noor Halvorsen\n'
const shows = 'alpha:\n  name: Alpha\n  hosts: [noor]\n'
const vtt = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:03.000',
  '<v Noor Halvorsen>Welcome to the show.',
  '',
  '00:00:04.000 --> 00:00:06.000',
  '<v ada-lovelace>Thanks for having me &lt;3',
].join('\n')

const compile = (dir: string) =>
  compileCatalog({ dir, includeScheduled: false, now, threads: 1, fetchTranscripts: false })
const read = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')

describe('transcripts in the compiled catalog', () => {
  it('reads a .vtt beside the episode file and publishes the document and both files', async () => {
    const dir = writeCatalog({
      'people.yaml': people,
      'shows.yaml': shows,
      'alpha/episode-one.md': episode({
        show: 'alpha',
        guests: '[ada-lovelace]',
        chapters: '\n  - { startTime: 0, title: Opening }\n  - { startTime: 4, title: Guest }',
      }),
      'alpha/episode-one.vtt': vtt,
    })
    const result = await compile(dir)
    expect(result.problems).toEqual([])
    const document = read<EpisodeDocument>(result.documents, 'episodes/episode-one.json')
    expect(document.transcript).toEqual({
      document: '/data/transcripts/episode-one.json',
      files: [
        { url: '/episodes/episode-one/transcript.vtt', type: 'text/vtt', language: 'en' },
        { url: '/episodes/episode-one/transcript.json', type: 'application/json', language: 'en' },
      ],
      words: 9,
    })
    const transcript = read<TranscriptDocument>(result.documents, 'transcripts/episode-one.json')
    expect(transcript.speakers.map((s) => [s.name, s.person?.slug])).toEqual([
      ['Noor Halvorsen', 'noor'],
      ['Ada Lovelace', 'ada-lovelace'],
    ])
    expect(transcript.paragraphs.map((p) => p.text)).toEqual([
      'Welcome to the show.',
      'Thanks for having me <3',
    ])
    expect(transcript.headings).toEqual([
      { title: 'Opening', start: 0, before: 0 },
      { title: 'Guest', start: 4, before: 1 },
    ])
    expect(result.transcriptFiles.get('episodes/episode-one/transcript.vtt')).toBe(
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:03.000',
        '<v Noor Halvorsen>Welcome to the show.',
        '',
        '00:00:04.000 --> 00:00:06.000',
        '<v Ada Lovelace>Thanks for having me &lt;3',
        '',
      ].join('\n'),
    )
    expect(
      JSON.parse(result.transcriptFiles.get('episodes/episode-one/transcript.json') ?? ''),
    ).toEqual({
      version: '1.0.0',
      segments: [
        { speaker: 'Noor Halvorsen', startTime: 1, endTime: 3, body: 'Welcome to the show.' },
        { speaker: 'Ada Lovelace', startTime: 4, endTime: 6, body: 'Thanks for having me <3' },
      ],
    })
  })

  it('reads transcript.vtt in an episode kept as <slug>/index.md, with the base path', async () => {
    const dir = writeCatalog({
      'episode-one/index.md': episode(),
      'episode-one/transcript.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJust text\n',
      'episode-two.md': episode({ id: 'ep-2', slug: 'episode-two' }),
    })
    const result = await compileCatalog({
      dir,
      includeScheduled: false,
      now,
      threads: 1,
      base: '/podcast/',
      fetchTranscripts: false,
    })
    expect(result.problems).toEqual([])
    const one = read<EpisodeDocument>(result.documents, 'episodes/episode-one.json')
    expect(one.transcript?.document).toBe('/podcast/data/transcripts/episode-one.json')
    const transcript = read<TranscriptDocument>(result.documents, 'transcripts/episode-one.json')
    expect(transcript.speakers).toEqual([])
    expect(transcript.paragraphs).toEqual([{ start: 1, end: 2, speaker: null, text: 'Just text' }])
    const two = read<EpisodeDocument>(result.documents, 'episodes/episode-two.json')
    expect(two.transcript).toBeNull()
    expect([...result.transcriptFiles.keys()]).toEqual([
      'episodes/episode-one/transcript.vtt',
      'episodes/episode-one/transcript.json',
    ])
  })
})

describe('the sample catalog', () => {
  it('has transcripts in each source format, matched speakers included', async () => {
    const result = await compile('episodes')
    expect(result.problems.filter((problem) => problem.code === 'transcript')).toEqual([])
    const speakersOf = (slug: string) =>
      read<TranscriptDocument>(result.documents, `transcripts/${slug}.json`).speakers.map(
        (speaker) => [speaker.name, speaker.person?.slug ?? null],
      )
    expect(speakersOf('ebpf-for-the-curious')).toEqual([
      ['Noor Halvorsen', 'noor-halvorsen'],
      ['Elin Sparrowhawk', 'elin-sparrowhawk'],
      ['Ada Quillfeather', 'ada-quillfeather'],
      ['Studio Producer', null],
    ])
    expect(speakersOf('rust-command-line-tools-that-spark-joy')).toEqual([
      ['Robin Patchwell', 'robin-patchwell'],
      ['Ada Quillfeather', 'ada-quillfeather'],
    ])
    expect(speakersOf('webassembly-outside-the-browser')).toHaveLength(3)
    expect(speakersOf('tiny-databases-big-ideas')).toEqual([])
  })
})
