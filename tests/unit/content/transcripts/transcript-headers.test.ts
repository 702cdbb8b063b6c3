import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  transcriptFileOf,
  transcriptHeaders,
} from '../../../../src/content/publish/transcript-response.ts'
import { startAppServer } from '../../../support/serve-app.ts'

describe('transcript responses', () => {
  it('let any origin read the transcript files and documents, and nothing else', () => {
    const open = { 'access-control-allow-origin': '*' }
    expect(transcriptHeaders('/podcast/episodes/a-b/transcript.vtt?x=1', '/podcast/')).toEqual(open)
    expect(transcriptHeaders('/podcast/episodes/a-b/transcript.json', '/podcast/')).toEqual(open)
    expect(transcriptHeaders('/podcast/data/transcripts/a-b.json', '/podcast/')).toEqual(open)
    expect(transcriptHeaders('/podcast/data/episodes/a-b.json', '/podcast/')).toBeNull()
    expect(transcriptHeaders('/episodes/a-b/transcript.vtt', '/podcast/')).toBeNull()
    expect(transcriptHeaders('/podcast/episodes/a/b/transcript.vtt', '/podcast/')).toBeNull()
  })

  it('find the dev server file a URL asks for', () => {
    expect(transcriptFileOf('/episodes/a-b/transcript.vtt#t', '/')).toBe(
      'episodes/a-b/transcript.vtt',
    )
    expect(transcriptFileOf('/episodes/a-b/chapters.json', '/')).toBeNull()
  })
})

describe('the test server', () => {
  const root = mkdtempSync(join(tmpdir(), 'transcript-host-'))
  let server: Server
  let origin = ''
  beforeAll(async () => {
    mkdirSync(join(root, 'episodes/a-b'), { recursive: true })
    writeFileSync(join(root, 'episodes/a-b/transcript.vtt'), 'WEBVTT\n')
    writeFileSync(join(root, 'episodes/a-b/chapters.json'), '{}')
    server = await startAppServer({ root, port: 0 })
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    return new Promise<void>((done) => server.close(() => done()))
  })

  it('sends the header rule the README gives static hosts', async () => {
    const vtt = await fetch(`${origin}/episodes/a-b/transcript.vtt`)
    expect(vtt.headers.get('access-control-allow-origin')).toBe('*')
    expect(vtt.headers.get('content-type')).toBe('text/vtt; charset=utf-8')
    const chapters = await fetch(`${origin}/episodes/a-b/chapters.json`)
    expect(chapters.headers.get('access-control-allow-origin')).toBeNull()
  })
})
