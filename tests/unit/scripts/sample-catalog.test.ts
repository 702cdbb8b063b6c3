import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { listEpisodeFiles, splitFrontMatter } from '../../../scripts/front-matter.ts'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { episodeSchema } from '../../../src/content/compile/schema.ts'
import type { CatalogIndex } from '../../../src/content/documents.ts'

const dir = 'episodes'
const seedFile =
  'cloud-native-compass/2025/navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist.md'

const files = await listEpisodeFiles(dir)
const episodes = files.map((file) => {
  const { data } = splitFrontMatter(readFileSync(join(dir, file), 'utf8'))
  return { file, ...episodeSchema.parse(data) }
})
const registry = (name: string) =>
  Object.keys(load(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)
const folder = (name: string) =>
  readdirSync(join(dir, name), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

describe('the sample catalog', () => {
  it('has the seed plus at least six episodes in at least two shows, nested by show and year', () => {
    expect(files).toContain(seedFile)
    expect(episodes.length).toBeGreaterThanOrEqual(7)
    expect(new Set(episodes.map((episode) => episode.show)).size).toBeGreaterThanOrEqual(2)
    for (const episode of episodes) {
      const year = episode.publishedAt.slice(0, 4)
      expect(episode.file).toBe(`${episode.show}/${year}/${episode.slug}.md`)
    }
  })

  it('has unique slugs, ids and publication dates, all in the past', () => {
    for (const key of ['slug', 'id', 'publishedAt'] as const) {
      expect(new Set(episodes.map((episode) => episode[key])).size).toBe(episodes.length)
    }
    for (const episode of episodes) expect(Date.parse(episode.publishedAt)).toBeLessThan(Date.now())
  })

  it('resolves every guest, technology and show through the registries', () => {
    const people = registry('people.yaml')
    const technologies = folder('technologies')
    const shows = folder('shows')
    for (const episode of episodes) {
      expect(people).toEqual(expect.arrayContaining(episode.guests))
      expect(technologies).toEqual(expect.arrayContaining(episode.technologies))
      expect(shows).toContain(episode.show)
    }
  })

  it('shares guests and technologies across episodes so that filters narrow the list', () => {
    const counts = (values: string[]) =>
      Math.max(...values.map((value) => values.filter((other) => other === value).length))
    expect(counts(episodes.flatMap((episode) => episode.guests))).toBeGreaterThanOrEqual(2)
    expect(counts(episodes.flatMap((episode) => episode.technologies))).toBeGreaterThanOrEqual(3)
  })

  it('gives every extra episode 3 to 8 distinct chapters from 0 within a short duration', () => {
    for (const episode of episodes.filter((each) => each.file !== seedFile)) {
      const titles = episode.chapters.map((chapter) => chapter.title)
      expect(titles.length).toBeGreaterThanOrEqual(3)
      expect(titles.length).toBeLessThanOrEqual(8)
      expect(new Set(titles).size).toBe(titles.length)
      expect(episode.chapters[0]?.startTime).toBe(0)
      expect(episode.duration).toBeLessThanOrEqual(360)
      for (const chapter of episode.chapters)
        expect(chapter.startTime).toBeLessThan(episode.duration)
    }
  })

  it('keeps shows and technologies one file per entry, with square artwork for every show', async () => {
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems).toEqual([])
    const index: CatalogIndex = JSON.parse(result.documents.get('episodes.json') ?? 'null')
    expect(index.facets.shows.length).toBe(3)
    for (const show of index.facets.shows) {
      // Pages show copies of their size; feeds name the file as it is.
      expect(show.artwork).toMatchObject({ width: 160, height: 160, type: 'image/webp' })
      expect(show.artwork).toMatchObject({ sourceWidth: 1400, sourceHeight: 1400 })
      expect(show.artwork?.source).toMatch(/\.png$/)
      expect(show.podcast).toMatchObject({ category: 'Technology', explicit: false })
      expect(show.podcast.email).toMatch(/@/)
      expect(show.podcast.copyright).toMatch(/^© \d{4} /)
      expect(show.subscribeLinks.length).toBeGreaterThanOrEqual(2)
      const path = show.artwork?.source?.replace(/^\//, '') ?? ''
      expect(result.assets.get(path)?.length).toBeLessThan(100_000)
    }
    expect(
      index.facets.technologies.filter((technology) => technology.icon).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it('ships an MP3 per episode, under 8 MB in all, whose size the extra episodes declare', () => {
    let total = 0
    for (const episode of episodes) {
      const size = statSync(join('public/audio', `${episode.slug}.mp3`)).size
      total += size
      if (episode.file !== seedFile) expect(episode.audioFileSize).toBe(size)
    }
    expect(total).toBeLessThan(8 * 1024 * 1024)
  })
})
