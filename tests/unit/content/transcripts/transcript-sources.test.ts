import { existsSync, readdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../../src/content/compile/compile-catalog.ts'
import type { EpisodeDocument, TranscriptDocument } from '../../../../src/content/documents.ts'
import { TRANSCRIPT_CACHE } from '../../../../src/content/read/transcript/transcript-cache.ts'
import { episode, fileIn, writeCatalog } from '../support/temp-catalog.ts'

const now = new Date('2026-01-01T00:00:00Z')
const vtt = (text: string) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${text}\n`
const srt = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}\n`

/** A transcript host: answers the paths below, counts requests, and fails the others. */
const served: Record<string, { type: string; body: string }> = {
  '/captions/ep-1/en.vtt': { type: 'text/vtt', body: vtt('<v Host>From the template') },
  '/remote/talk': { type: 'application/x-subrip', body: srt('Guest: From the front-matter') },
  '/remote/broken.vtt': { type: 'text/vtt', body: 'WEBVTT\n\nnot a cue line\n' },
}
const requests: string[] = []
let server: Server
let origin = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const file = served[req.url ?? '']
    if (!file) return void res.writeHead(404).end('missing')
    res.writeHead(200, { 'content-type': file.type }).end(file.body)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

const compile = (dir: string, fetchTranscripts = true) =>
  compileCatalog({ dir, includeScheduled: false, now, threads: 1, fetchTranscripts })
const read = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')
const textOf = (documents: ReadonlyMap<string, string>, slug: string) =>
  read<TranscriptDocument | null>(documents, `transcripts/${slug}.json`)?.paragraphs.map(
    (p) => p.text,
  )

describe('where transcripts come from', () => {
  it('prefers the file beside the episode over its front-matter and the template', async () => {
    const dir = writeCatalog({
      'site.yaml': `transcriptUrlTemplate: ${origin}/captions/{id}/en.vtt\n`,
      'one.md': episode({ transcript: 'subs/one.srt' }),
      'one.srt': srt('Beside the episode'),
      'subs/one.srt': srt('From the front-matter'),
    })
    const result = await compile(dir)
    expect(result.problems).toEqual([])
    expect(textOf(result.documents, 'episode-one')).toEqual(['Beside the episode'])
  })

  it('reads a relative front-matter path, and a list entry with its type and language', async () => {
    const dir = writeCatalog({
      'one.md': episode({ transcript: 'subs/one.srt' }),
      'subs/one.srt': srt('Ada: From the front-matter'),
      'two.md': episode({
        id: 'ep-2',
        slug: 'episode-two',
        transcript: `\n  - { url: ${origin}/remote/talk, type: application/x-subrip, language: de }`,
      }),
    })
    const result = await compile(dir)
    expect(result.problems).toEqual([])
    expect(textOf(result.documents, 'episode-one')).toEqual(['From the front-matter'])
    expect(textOf(result.documents, 'episode-two')).toEqual(['From the front-matter'])
    const two = read<EpisodeDocument>(result.documents, 'episodes/episode-two.json')
    expect(two.transcript?.files.map((file) => file.language)).toEqual(['de', 'de'])
  })

  it('fetches the template URL once, keeps it in the cache folder and reads it from there', async () => {
    const dir = writeCatalog({
      'site.yaml': `transcriptUrlTemplate: ${origin}/captions/{id}/en.vtt\n`,
      'one.md': episode(),
    })
    requests.length = 0
    const first = await compile(dir)
    expect(first.problems).toEqual([])
    expect(requests).toEqual(['/captions/ep-1/en.vtt'])
    expect(readdirSync(join(dir, TRANSCRIPT_CACHE))).toHaveLength(1)
    const again = await compile(dir, false)
    expect(requests).toHaveLength(1)
    expect(again.problems).toEqual([])
    expect(textOf(again.documents, 'episode-one')).toEqual(['From the template'])
  })

  it('warns where the URL is named when fetching is off, fails or finds no cues', async () => {
    const dir = writeCatalog({
      'site.yaml': `title: Podcast\ntranscriptUrlTemplate: ${origin}/captions/{slug}.vtt\n`,
      'one.md': episode({ transcript: `${origin}/remote/broken.vtt` }),
    })
    const off = await compile(dir, false)
    expect(off.problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [
        fileIn(dir, 'one.md'),
        9,
        'transcript',
        `the transcript cannot be read: fetching transcripts is off (TRANSCRIPTS_FETCH=0); the episode is published without it (${origin}/remote/broken.vtt)`,
      ],
      [
        fileIn(dir, 'site.yaml'),
        2,
        'transcriptUrlTemplate',
        `episode-one: the transcript cannot be read: fetching transcripts is off (TRANSCRIPTS_FETCH=0); the episode is published without it (${origin}/captions/episode-one.vtt)`,
      ],
    ])
    const on = await compile(dir)
    expect(on.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        fileIn(dir, 'one.md'),
        9,
        `holds no cue with text; the episode is published without a transcript from it (line 1 of ${origin}/remote/broken.vtt)`,
      ],
      [
        fileIn(dir, 'site.yaml'),
        2,
        `episode-one: the transcript cannot be read: its host answered 404; the episode is published without it (${origin}/captions/episode-one.vtt)`,
      ],
    ])
    expect(read<EpisodeDocument>(on.documents, 'episodes/episode-one.json').transcript).toBeNull()
    expect(on.documents.has('transcripts/episode-one.json')).toBe(false)
  })

  it('names the transcript file and line of a skipped cue, and keeps the others', async () => {
    const dir = writeCatalog({
      'one.md': episode({ duration: '60' }),
      'one.vtt': [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:02.000',
        'kept',
        '',
        '00:00:0x.000 --> 00:00:03.000',
        'broken',
        '',
        '00:01:30.000 --> 00:01:32.000',
        'after the end',
      ].join('\n'),
      'two.md': episode({ id: 'ep-2', slug: 'episode-two', transcript: 'missing.vtt' }),
    })
    const result = await compile(dir)
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [
        fileIn(dir, 'one.vtt'),
        1,
        '(transcript)',
        "1 cue(s) start after the episode's end (60 s) and were left out: check the duration or the transcript",
      ],
      [
        fileIn(dir, 'one.vtt'),
        6,
        '(transcript)',
        'cue start timestamp `00:00:0x.000` is invalid: this cue was skipped',
      ],
      [
        fileIn(dir, 'two.md'),
        9,
        'transcript',
        `the transcript cannot be read: there is no file ${join(dir, 'missing.vtt')} to read; the episode is published without it`,
      ],
    ])
    expect(textOf(result.documents, 'episode-one')).toEqual(['kept'])
    expect(existsSync(join(dir, TRANSCRIPT_CACHE))).toBe(false)
  })
})
