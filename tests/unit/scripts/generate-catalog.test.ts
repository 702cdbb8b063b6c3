import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { load } from 'js-yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { listEpisodeFiles, splitFrontMatter } from '../../../scripts/front-matter.ts'
import { generateCatalog, isGeneratedCatalog } from '../../../scripts/generate-catalog.ts'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { episodeSchema } from '../../../src/content/compile/schema.ts'
import type { EpisodeDocument, TranscriptDocument } from '../../../src/content/documents.ts'

const root = mkdtempSync(join(tmpdir(), 'generate-catalog-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const dir = join(root, 'fifty')
const result = generateCatalog({ count: 50, out: dir, seed: 7 })
const files = await listEpisodeFiles(dir)
const episodes = files.map((file) => {
  const { data, body } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
  return { file, body, ...episodeSchema.parse(data) }
})
const registry = (name: string) =>
  load(readFileSync(join(dir, name), 'utf8')) as Record<string, { name: string }>

describe('generateCatalog', () => {
  it('writes the requested number of valid episodes, nested by show and year', () => {
    expect(result.episodes).toBe(50)
    expect(files).toHaveLength(50)
    for (const episode of episodes) {
      const year = episode.publishedAt.slice(0, 4)
      expect(episode.file).toBe(join('shows', `${episode.show}`, year, `${episode.slug}.md`))
    }
    expect(new Set(episodes.map((episode) => episode.slug)).size).toBe(50)
    expect(new Set(episodes.map((episode) => episode.id)).size).toBe(50)
  })

  it('writes registries that every reference resolves against', () => {
    const people = registry('people.yaml')
    const technologies = registry('technologies.yaml')
    const shows = registry('shows.yaml')
    expect(Object.keys(people)).toHaveLength(2_000)
    expect(Object.keys(technologies)).toHaveLength(400)
    expect(Object.keys(shows).length).toBeGreaterThanOrEqual(4)
    expect(Object.keys(shows).length).toBeLessThanOrEqual(8)
    expect(registry('site.yaml')).toMatchObject({ audioUrlTemplate: '/audio/{slug}.mp3' })
    for (const episode of episodes) {
      expect(shows[`${episode.show}`]).toBeDefined()
      expect(episode.guests.length).toBeGreaterThanOrEqual(1)
      expect(episode.guests.length).toBeLessThanOrEqual(4)
      expect(episode.technologies.length).toBeGreaterThanOrEqual(1)
      expect(episode.technologies.length).toBeLessThanOrEqual(6)
      for (const guest of episode.guests) expect(people[guest]).toBeDefined()
      for (const technology of episode.technologies) expect(technologies[technology]).toBeDefined()
    }
  })

  it('keeps durations between 40 and 150 minutes and chapters in order within them', () => {
    for (const episode of episodes) {
      expect(episode.duration).toBeGreaterThanOrEqual(40 * 60)
      expect(episode.duration).toBeLessThanOrEqual(150 * 60)
      expect(episode.chapters.length).toBeLessThanOrEqual(100)
      if (episode.chapters.length > 0) expect(episode.chapters[0]?.startTime).toBe(0)
      episode.chapters.forEach((chapter, index) => {
        expect(chapter.startTime).toBeLessThan(episode.duration)
        const previous = episode.chapters[index - 1]
        if (previous) expect(chapter.startTime).toBeGreaterThan(previous.startTime)
      })
    }
    expect(result.chapters).toBe(episodes.reduce((sum, each) => sum + each.chapters.length, 0))
  })

  it('writes multi-paragraph descriptions and show notes on some episodes', () => {
    for (const episode of episodes) {
      expect(episode.description.split('\n\n').length).toBeGreaterThanOrEqual(2)
    }
    expect(episodes.some((episode) => episode.body.includes('## Show notes'))).toBe(true)
  })

  it('gives the same files for the same seed and different ones for another seed', () => {
    const again = join(root, 'again')
    const other = join(root, 'other')
    generateCatalog({ count: 50, out: again, seed: 7 })
    generateCatalog({ count: 50, out: other, seed: 8 })
    const text = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8')
    for (const file of files) expect(text(again, file)).toBe(text(dir, file))
    expect(text(other, 'shows.yaml') + text(other, 'people.yaml')).not.toBe(
      text(dir, 'shows.yaml') + text(dir, 'people.yaml'),
    )
  })

  it("adds the real catalog's warnings at its rates on request, leaving the rest alike", async () => {
    const clean = join(root, 'clean')
    const flawed = join(root, 'flawed')
    generateCatalog({ count: 321, out: clean, seed: 3 })
    generateCatalog({ count: 321, out: flawed, seed: 3, warnings: true })
    const cleanFiles = await listEpisodeFiles(clean)
    expect(await listEpisodeFiles(flawed)).toEqual(cleanFiles)
    const technologies = registry('technologies.yaml')
    let pastTheEnd = 0
    let notFromZero = 0
    let unknown = 0
    for (const file of cleanFiles) {
      const { data } = splitFrontMatter(readFileSync(join(flawed, file), 'utf8'))
      const episode = episodeSchema.parse(data)
      if (episode.chapters.some((chapter) => chapter.startTime >= episode.duration)) pastTheEnd++
      if ((episode.chapters[0]?.startTime ?? 0) > 0) notFromZero++
      unknown += episode.technologies.filter((slug) => !technologies[slug]).length
    }
    // The real catalog: 23 past the end, 36 not from 0, 2 unknown technologies in 321 episodes.
    expect(pastTheEnd).toBeGreaterThanOrEqual(10)
    expect(pastTheEnd).toBeLessThanOrEqual(40)
    expect(notFromZero).toBeGreaterThanOrEqual(18)
    expect(notFromZero).toBeLessThanOrEqual(55)
    expect(unknown).toBeLessThanOrEqual(8)
    expect(isGeneratedCatalog(flawed, 321, 3)).toBe(false)
    expect(isGeneratedCatalog(flawed, 321, 3, true)).toBe(true)
  })

  it('writes a one-hour transcript beside the share of episodes asked for, leaving the episodes alike', async () => {
    const voiced = join(root, 'voiced')
    const made = generateCatalog({ count: 50, out: voiced, seed: 7, transcripts: 0.1 })
    expect(await listEpisodeFiles(voiced)).toEqual(files)
    for (const file of files) {
      expect(readFileSync(join(voiced, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'))
    }
    const withTranscript = files.filter((file) =>
      existsSync(join(voiced, file.replace(/\.md$/, '.vtt'))),
    )
    // One in ten, each on the next episode that lasts an hour once it is due.
    expect(made.transcripts).toBe(withTranscript.length)
    expect(withTranscript.length).toBeGreaterThanOrEqual(4)
    expect(withTranscript.length).toBeLessThanOrEqual(5)
    expect(isGeneratedCatalog(voiced, 50, 7)).toBe(false)
    expect(isGeneratedCatalog(voiced, 50, 7, false, 0.1)).toBe(true)

    const { documents, problems } = await compileCatalog({
      dir: voiced,
      includeScheduled: true,
      fetchTranscripts: false,
      threads: 1,
    })
    expect(problems.filter((problem) => problem.code === 'transcript')).toEqual([])
    const slugs = new Set(withTranscript.map((file) => basename(file, '.md')))
    for (const episode of episodes) {
      const text = documents.get(`episodes/${episode.slug}.json`) ?? '{}'
      const { transcript } = JSON.parse(text) as EpisodeDocument
      expect(transcript !== null, episode.slug).toBe(slugs.has(episode.slug))
      if (!transcript) continue
      // About an hour of talk at about 170 words a minute.
      expect(transcript.words).toBeGreaterThan(9_000)
      expect(transcript.words).toBeLessThan(12_000)
      const document = JSON.parse(
        documents.get(`transcripts/${episode.slug}.json`) ?? '{}',
      ) as TranscriptDocument
      expect(document.paragraphs.at(-1)?.end).toBe(3_600)
      // Every voice is a host or guest of the episode, so every speaker is matched.
      expect(document.speakers.length).toBeGreaterThan(1)
      for (const speaker of document.speakers) expect(speaker.person, speaker.name).not.toBeNull()
    }
  })

  it('marks a finished catalog and refuses to wipe a folder it did not write', () => {
    expect(isGeneratedCatalog(dir, 50, 7)).toBe(true)
    expect(isGeneratedCatalog(dir, 51, 7)).toBe(false)
    const foreign = join(root, 'foreign')
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'notes.txt'), 'keep me')
    expect(() => generateCatalog({ count: 5, out: foreign })).toThrow(/not a generated catalog/)
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me')
  })
})
