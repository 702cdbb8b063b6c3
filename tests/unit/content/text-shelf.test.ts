import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { folderShelf, TextMap } from '../../../src/content/compile/text-shelf.ts'

/** A small catalog whose episodes carry transcripts in every source format. */
const transcriptsCatalog = {
  dir: 'tests/fixtures/catalogs/transcripts',
  includeScheduled: false,
  threads: 1,
  fetchTranscripts: false,
}

const folders: string[] = []
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shelf-test-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('texts kept on a shelf', () => {
  it('keeps each text in a file of its folder and reads it back when asked', () => {
    const dir = folder()
    const shelf = folderShelf(dir)
    const map = new TextMap().set('a.json', '{"held":true}').set('b.vtt', shelf.keep('WEBVTT\n'))
    expect(readdirSync(dir)).toHaveLength(1)
    expect(map.get('b.vtt')).toBe('WEBVTT\n')
    expect(map.get('a.json')).toBe('{"held":true}')
    expect(map.get('c')).toBeUndefined()
    expect(map.has('b.vtt')).toBe(true)
    expect(map.size).toBe(2)
    expect([...map]).toEqual([
      ['a.json', '{"held":true}'],
      ['b.vtt', 'WEBVTT\n'],
    ])
    expect(new Map(map)).toEqual(
      new Map([
        ['a.json', '{"held":true}'],
        ['b.vtt', 'WEBVTT\n'],
      ]),
    )
  })

  it('refuses to overwrite a text another shelf keeps in the same folder', () => {
    const dir = folder()
    const first = folderShelf(dir).keep('first')
    expect(() => folderShelf(dir).keep('second')).toThrow(/EEXIST/)
    expect(first()).toBe('first')
  })

  it('gives a compile the same documents and transcript files as one held in memory', async () => {
    const held = await compileCatalog(transcriptsCatalog)
    const dir = folder()
    const shelved = await compileCatalog({ ...transcriptsCatalog, shelf: folderShelf(dir) })
    // Every transcript's document and its two files went to the folder, not to memory, and so
    // did every document of one episode, person, technology or show: all but the catalog's own.
    const paths = [...held.documents.keys()]
    const transcripts = paths.filter((path) => path.startsWith('transcripts/'))
    const entries = paths.filter((path) => path.includes('/'))
    expect(transcripts.length).toBeGreaterThan(0)
    expect(entries.length).toBeGreaterThan(transcripts.length)
    expect(readdirSync(dir)).toHaveLength(transcripts.length * 2 + entries.length)
    expect(new Map(shelved.documents)).toEqual(new Map(held.documents))
    expect(new Map(shelved.transcriptFiles)).toEqual(new Map(held.transcriptFiles))
    expect(shelved.transcriptFiles.size).toBe(transcripts.length * 2)
  })
})

describe('a compile without transcripts (the embed build)', () => {
  it('reads no transcript and publishes the same episodes, with no transcript in them', async () => {
    const full = await compileCatalog(transcriptsCatalog)
    const light = await compileCatalog({ ...transcriptsCatalog, transcripts: false })
    const episodes = (result: typeof full) =>
      [...result.documents.keys()].filter((path) => path.startsWith('episodes/'))
    expect(episodes(light)).toEqual(episodes(full))
    expect(light.transcriptFiles.size).toBe(0)
    expect([...light.documents.keys()].some((path) => path.startsWith('transcripts/'))).toBe(false)
    const withTranscript = episodes(full).find(
      (path) => JSON.parse(full.documents.get(path) ?? '{}').transcript,
    )
    expect(withTranscript).toBeDefined()
    expect(JSON.parse(light.documents.get(withTranscript ?? '') ?? '{}').transcript).toBeNull()
  })
})
