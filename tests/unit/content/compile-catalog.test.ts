import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type { CatalogIndex, EpisodeDocument } from '../../../src/content/documents.ts'
import { NO_PODCAST } from '../../support/no-podcast.ts'

const small = 'tests/fixtures/catalogs/small'
const now = new Date('2026-01-01T00:00:00Z')
const parse = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')

describe('compileCatalog', () => {
  it('compiles the seed episode with its 15 chapters and exact fields', async () => {
    const result = await compileCatalog({
      dir: 'tests/fixtures/catalogs/seed',
      includeScheduled: false,
      now,
    })
    expect(result.problems).toEqual([])
    const slug = 'navigating-kairos-immutable-operating-systems-with-a-cloud-native-twist'
    const document = parse<EpisodeDocument>(result.documents, `episodes/${slug}.json`)

    expect(document).toMatchObject({
      id: 'cpx1b17zh33oo8i72zptib9n',
      slug,
      title: 'Navigating Kairos: Immutable Operating Systems with a Cloud Native Twist',
      subtitle: null,
      publishedAt: '2025-12-18T10:00:00.000Z',
      duration: 2399,
      audioFileSize: 57588862,
      type: 'recorded',
      category: 'interview',
      audioUrl: null,
      show: { slug: 'cloud-native-compass', name: 'Cloud Native Compass', artwork: null },
      technologies: [{ slug: 'kairos', name: 'Kairos' }],
      guests: [
        { slug: 'mauro-morales', name: 'Mauro Morales', website: null, github: null },
        { slug: 'dimitris-karakasilis', name: 'Dimitris Karakasilis', website: null, github: null },
      ],
      showNotes: '',
    })
    expect(document.chapters).toHaveLength(15)
    expect(document.chapters[0]).toEqual({
      startTime: 0,
      endTime: 114,
      title: 'Introduction to Kairos - The Immutable OS',
    })
    expect(document.chapters[14]).toEqual({
      startTime: 2355,
      endTime: 2399,
      title: 'Final Thoughts and Farewell',
    })
    expect(document.description.startsWith('Exploring Kairos: Turning Linux Distributions')).toBe(
      true,
    )
    expect(document.descriptionHtml).toContain(
      '<p>In this episode, we dive into the Kairos project',
    )
  })

  it('writes the index newest first, with facets counted over published episodes', async () => {
    const result = await compileCatalog({ dir: small, includeScheduled: false, now })
    const index = parse<CatalogIndex>(result.documents, 'episodes.json')

    expect([...result.documents.keys()]).toEqual([
      'episodes.json',
      'home.json',
      'episodes/first-steps.json',
      'episodes/second-wind.json',
      'people/jane-doe.json',
      'people/sam-host.json',
      'technologies/rust.json',
      'technologies/sqlite.json',
      'shows/alpha.json',
    ])
    expect(index.site).toEqual({
      title: 'Small Fixture <Podcast>',
      description: "A catalog for the plugin's build test & nothing else.",
      language: 'en-GB',
      baseUrl: null,
    })
    expect(index.episodes.map((e) => e.slug)).toEqual(['second-wind', 'first-steps'])
    expect(index.episodes[1]).toEqual({
      id: 'alpha-1',
      slug: 'first-steps',
      title: 'First Steps',
      show: 'alpha',
      publishedAt: '2024-01-10T09:00:00.000Z',
      duration: 600,
      guests: ['jane-doe'],
      technologies: ['rust', 'sqlite'],
      category: 'tutorial',
      episode: null,
      season: null,
      episodeType: null,
      chapterCount: 2,
      excerpt: 'The first episode, with a link.',
    })
    expect(index.facets.guests).toEqual([
      {
        slug: 'jane-doe',
        name: 'Jane Doe',
        count: 2,
        website: 'https://jane.example.com',
        // From the fixture's image cache: the build serves its own copy.
        avatar: {
          url: expect.stringMatching(/^\/assets\/images\/jane-doe-96-[0-9a-f]{8}\.webp$/),
          url2x: expect.stringMatching(/^\/assets\/images\/jane-doe-192-[0-9a-f]{8}\.webp$/),
          alt: 'Avatar of Jane Doe',
          width: 96,
          height: 96,
          type: 'image/webp',
          source: 'https://github.com/janedoe.png',
          sourceWidth: 256,
          sourceHeight: 256,
        },
        github: 'https://github.com/janedoe',
      },
      { slug: 'sam-host', name: 'Sam Host', count: 1, website: null, github: null, avatar: null },
    ])
    expect(index.facets.technologies).toEqual([
      { slug: 'rust', name: 'Rust', count: 2, icon: null },
      { slug: 'sqlite', name: 'SQLite', count: 1, icon: null },
    ])
    expect(index.facets.shows).toEqual([
      {
        slug: 'alpha',
        name: 'Alpha Show',
        count: 2,
        description: 'The first show.',
        artwork: {
          url: '/artwork/alpha.png',
          url2x: null,
          alt: 'Alpha Show',
          width: null,
          height: null,
          type: null,
          source: null,
        },
        hosts: [{ slug: 'sam-host', name: 'Sam Host', website: null, github: null, avatar: null }],
        podcast: NO_PODCAST,
        subscribeLinks: [],
      },
    ])
    expect(index.facets.categories).toEqual([
      { slug: 'interview', name: 'Interview', count: 1 },
      { slug: 'tutorial', name: 'Tutorial', count: 1 },
    ])
  })

  it('leaves scheduled episodes out unless asked to include them', async () => {
    const published = await compileCatalog({ dir: small, includeScheduled: false, now })
    const all = await compileCatalog({ dir: small, includeScheduled: true, now })
    const later = await compileCatalog({
      dir: small,
      includeScheduled: false,
      now: new Date('2100-01-01'),
    })

    expect(published.documents.has('episodes/from-the-future.json')).toBe(false)
    expect(published.stats).toEqual({ files: 3, published: 2, scheduled: 1 })
    expect(all.documents.has('episodes/from-the-future.json')).toBe(true)
    expect(parse<CatalogIndex>(all.documents, 'episodes.json').episodes[0]?.slug).toBe(
      'from-the-future',
    )
    expect(
      parse<CatalogIndex>(all.documents, 'episodes.json').facets.shows.map((s) => s.slug),
    ).toEqual(['alpha', 'beta'])
    expect(later.stats.published).toBe(3)
  })

  it('resolves audio URLs from audioUrl or the template, under the base path', async () => {
    const result = await compileCatalog({
      dir: small,
      includeScheduled: true,
      now,
      base: '/podcast/',
    })
    const audio = (slug: string) =>
      parse<EpisodeDocument>(result.documents, `episodes/${slug}.json`).audioUrl

    expect(audio('second-wind')).toBe('/podcast/audio/second-wind.mp3')
    expect(audio('first-steps')).toBe('https://cdn.example.com/audio/alpha/alpha-1.mp3')
    expect(audio('from-the-future')).toBe('https://cdn.example.com/audio/beta/beta-1.mp3')
    expect(result.audioOrigins).toEqual(['https://cdn.example.com'])
    expect(parse<CatalogIndex>(result.documents, 'episodes.json').facets.shows[0]?.artwork).toEqual(
      {
        url: '/podcast/artwork/alpha.png',
        url2x: null,
        alt: 'Alpha Show',
        width: null,
        height: null,
        type: null,
        source: null,
      },
    )
  })

  it('gives byte-identical output for the same input', async () => {
    const first = await compileCatalog({
      dir: 'tests/fixtures/catalogs/odd-valid',
      includeScheduled: true,
      now,
    })
    const second = await compileCatalog({
      dir: 'tests/fixtures/catalogs/odd-valid',
      includeScheduled: true,
      now,
    })
    expect([...second.documents]).toEqual([...first.documents])
    expect(JSON.stringify(second)).toBe(JSON.stringify({ ...first, documents: second.documents }))
  })

  it('reports a catalog folder that is a file instead of throwing', async () => {
    const file = 'tests/fixtures/catalogs/small/site.yaml'
    const result = await compileCatalog({ dir: file, includeScheduled: false })
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file, field: '(folder)' }),
    ])
  })

  it('reports a missing catalog folder instead of throwing', async () => {
    const result = await compileCatalog({
      dir: 'tests/fixtures/catalogs/no-such-folder',
      includeScheduled: false,
    })
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'tests/fixtures/catalogs/no-such-folder',
        field: '(folder)',
      }),
    ])
  })
})
