import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CompileResult, compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import type {
  CatalogIndex,
  EpisodeDocument,
  ImageDocument,
  PersonDocument,
  ShowDocument,
  TechnologyDocument,
} from '../../../src/content/documents.ts'
import { NO_PODCAST } from '../../support/no-podcast.ts'
import { episode, fileIn, writeCatalog } from './support/temp-catalog.ts'

const dir = 'tests/fixtures/catalogs/collections'
const parse = <T>(documents: ReadonlyMap<string, string>, path: string): T =>
  JSON.parse(documents.get(path) ?? 'null')

const rustIcon: ImageDocument = {
  url: '/podcast/assets/content/rust-icon-a32a4272.svg',
  url2x: null,
  source: null,
  alt: 'Rust logo',
  width: 64,
  height: 64,
  type: 'image/svg+xml',
}
/** Pages show a copy cut to the square; the file as it is stays published for feeds. */
const alphaCover: ImageDocument = {
  url: expect.stringMatching(/^\/podcast\/assets\/images\/alpha-12-[0-9a-f]{8}\.webp$/),
  url2x: null,
  source: '/podcast/assets/content/alpha-cover-b6a5c8e9.png',
  sourceWidth: 16,
  sourceHeight: 12,
  alt: 'Alpha Show artwork, a blue square',
  width: 12,
  height: 12,
  type: 'image/webp',
}
const jane = {
  slug: 'jane-doe',
  name: 'Jane Doe',
  website: 'https://jane.example.com',
  github: 'https://github.com/janedoe',
  // Her `avatar:` file beside the entry file, over her GitHub picture.
  avatar: {
    url: expect.stringMatching(/^\/podcast\/assets\/images\/jane-doe-96-[0-9a-f]{8}\.webp$/),
    url2x: expect.stringMatching(/^\/podcast\/assets\/images\/jane-doe-192-[0-9a-f]{8}\.webp$/),
    alt: 'Avatar of Jane Doe',
    width: 96,
    height: 96,
    type: 'image/webp',
    source: null,
  },
}
const sam = {
  slug: 'sam-host',
  name: 'Sam Host',
  website: null,
  github: 'https://github.com/sam-host',
  // Not in the image cache, and the compile downloads nothing unless asked.
  avatar: null,
}
const ada = {
  slug: 'ada-lovelace',
  name: 'Ada Lovelace',
  website: null,
  github: null,
  avatar: null,
}

describe('collections kept as one file per entry', () => {
  let result: CompileResult
  beforeAll(async () => {
    result = await compileCatalog({ dir, includeScheduled: false, base: '/podcast/' })
  })
  const file = (name: string) => fileIn(dir, name)

  it('reads people, technologies and shows from their folders, never as episodes', () => {
    expect([...result.documents.keys()]).toEqual([
      'episodes.json',
      'home.json',
      'episodes/alpha-one.json',
      'episodes/beta-one.json',
      'people/ada-lovelace.json',
      'people/jane-doe.json',
      'people/sam-host.json',
      'technologies/rust.json',
      'technologies/sqlite.json',
      'shows/alpha.json',
      'shows/beta.json',
    ])
    expect(result.stats.files).toBe(2)
  })

  it('writes each entry document exactly', () => {
    const documents = result.documents
    expect(parse<PersonDocument>(documents, 'people/jane-doe.json')).toEqual({
      ...jane,
      bio: 'Jane builds databases.\n\nShe lives by the sea.',
      bioHtml: '<p>Jane builds <strong>databases</strong>.</p>\n<p>She lives by the sea.</p>\n',
    })
    expect(parse<PersonDocument>(documents, 'people/sam-host.json')).toEqual({
      ...sam,
      bio: null,
      bioHtml: null,
    })
    expect(parse<PersonDocument>(documents, 'people/ada-lovelace.json')).toEqual({
      ...ada,
      bio: null,
      bioHtml: null,
    })
    expect(parse<TechnologyDocument>(documents, 'technologies/rust.json')).toEqual({
      slug: 'rust',
      name: 'Rust',
      icon: rustIcon,
      website: 'https://www.rust-lang.org',
      source: 'https://github.com/rust-lang/rust',
      category: 'language',
      description: 'A language empowering everyone to build reliable software.',
      descriptionHtml:
        '<p>A language empowering everyone to build <em>reliable</em> software.</p>\n',
    })
    expect(parse<TechnologyDocument>(documents, 'technologies/sqlite.json')).toEqual({
      slug: 'sqlite',
      name: 'SQLite',
      icon: null,
      website: null,
      source: null,
      category: null,
      description: null,
      descriptionHtml: null,
    })
    expect(parse<ShowDocument>(documents, 'shows/alpha.json')).toEqual({
      slug: 'alpha',
      name: 'Alpha Show',
      description: 'The first show, with emphasis.',
      descriptionHtml: '<p>The first show, with <em>emphasis</em>.</p>\n',
      artwork: alphaCover,
      hosts: [sam],
      podcast: {
        guid: '0b5f6c1e-8d0e-5b7e-9a3c-2f1d4e6a7b8c',
        email: 'alpha@example.com',
        author: null,
        category: 'Technology',
        subcategory: 'Software How-To',
        explicit: false,
        copyright: '© 2025 Alpha',
        locked: false,
      },
      subscribeLinks: [
        {
          platform: 'apple',
          name: 'Apple Podcasts',
          url: 'https://podcasts.apple.com/podcast/id1',
          icon: 'applepodcasts',
        },
        {
          platform: 'pocketcasts',
          name: 'Pocket Casts',
          url: 'https://pca.st/alpha',
          icon: 'pocketcasts',
        },
        { platform: 'castbox', name: 'Castbox', url: 'https://castbox.fm/alpha', icon: 'castbox' },
      ],
    })
    expect(parse<ShowDocument>(documents, 'shows/beta.json')).toEqual({
      slug: 'beta',
      name: 'Beta Show',
      description: null,
      descriptionHtml: null,
      artwork: null,
      hosts: [],
      podcast: NO_PODCAST,
      subscribeLinks: [],
    })
  })

  it('matches references after normalising them, and carries images into episodes and facets', () => {
    expect(parse<EpisodeDocument>(result.documents, 'episodes/alpha-one.json')).toEqual({
      id: 'alpha-1',
      slug: 'alpha-one',
      title: 'Alpha One',
      subtitle: null,
      description: 'The first episode.',
      descriptionHtml: '<p>The first episode.</p>\n',
      showNotes: '',
      showNotesHtml: '',
      publishedAt: '2025-01-10T10:00:00.000Z',
      duration: 600,
      type: null,
      category: null,
      episode: null,
      season: null,
      episodeType: null,
      explicit: null,
      audioUrl: null,
      audioFileSize: 1000,
      show: { slug: 'alpha', name: 'Alpha Show', artwork: alphaCover },
      image: null,
      guests: [jane, ada],
      technologies: [
        { slug: 'rust', name: 'Rust' },
        { slug: 'sqlite', name: 'SQLite' },
      ],
      chapters: [],
      transcript: null,
    })
    const { facets } = parse<CatalogIndex>(result.documents, 'episodes.json')
    expect(facets.guests).toEqual([
      { ...ada, count: 1 },
      { ...jane, count: 1 },
      { ...sam, count: 1 },
    ])
    expect(facets.technologies).toEqual([
      { slug: 'rust', name: 'Rust', count: 1, icon: rustIcon },
      { slug: 'sqlite', name: 'SQLite', count: 1, icon: null },
    ])
    expect(facets.shows.map((show) => [show.slug, show.artwork])).toEqual([
      ['alpha', alphaCover],
      ['beta', null],
    ])
  })

  it('publishes the images named by entries, with their bytes as they are', () => {
    expect([...result.assets.keys()]).toEqual([
      'assets/content/rust-icon-a32a4272.svg',
      'assets/content/alpha-cover-b6a5c8e9.png',
      expect.stringMatching(/^assets\/images\/alpha-12-[0-9a-f]{8}\.webp$/),
      expect.stringMatching(/^assets\/images\/jane-doe-96-[0-9a-f]{8}\.webp$/),
      expect.stringMatching(/^assets\/images\/jane-doe-192-[0-9a-f]{8}\.webp$/),
    ])
    expect(result.assets.get('assets/content/alpha-cover-b6a5c8e9.png')).toEqual(
      readFileSync(`${dir}/shows/alpha/cover.png`),
    )
  })

  it('warns, without failing, about renamed keys, MDX parts, unused invalid entries, missing images and unsafe links', () => {
    expect(
      result.problems.map((p) => [p.severity, p.file, p.line, p.column, p.field, p.message]),
    ).toEqual([
      [
        'warning',
        file('people/Ada-Lovelace.mdx'),
        1,
        1,
        '(file name)',
        'the key "Ada-Lovelace" is read as "ada-lovelace" (lowercase, hyphens): episodes refer to it as ada-lovelace',
      ],
      [
        'warning',
        file('people/jane-doe.mdx'),
        8,
        1,
        '(body)',
        'an MDX import line was left out: the body is read as Markdown',
      ],
      [
        'warning',
        file('people/jane-doe.mdx'),
        12,
        1,
        '(body)',
        'the JSX element <Callout> was left out: the body is read as Markdown',
      ],
      [
        'warning',
        file('people/jane-doe.mdx'),
        16,
        23,
        '(body)',
        'the JSX element <Badge> was left out: the body is read as Markdown',
      ],
      [
        'warning',
        file('people/unused-broken.md'),
        2,
        1,
        'name',
        'is missing: add a line `name: …` (expected a name as text) (no episode uses "unused-broken", so it was left out)',
      ],
      [
        'warning',
        file('shows/alpha/index.md'),
        26,
        10,
        'subscribeLinks[3].url',
        'is not an http(s) URL, so the link was left out: write it like https://open.spotify.com/show/…',
      ],
      [
        'warning',
        file('shows/beta/index.md'),
        4,
        10,
        'cover.image',
        'names ./cover.png, which does not exist, so no image is shown: add the file or fix the path',
      ],
      [
        'warning',
        file('technologies/openGemini/index.mdx'),
        1,
        1,
        '(file name)',
        'the key "openGemini" is read as "opengemini" (lowercase, hyphens): episodes refer to it as opengemini',
      ],
      [
        'warning',
        file('technologies/sqlite/index.md'),
        4,
        9,
        'logos.icon',
        'names ./icon.svg, which does not exist, so no image is shown: add the file or fix the path',
      ],
    ])
  })

  it('watches the entry files and the images beside them', () => {
    for (const name of [
      'people/jane-doe.mdx',
      'shows/alpha/cover.png',
      'technologies/rust/icon.svg',
    ]) {
      expect(result.watchFiles).toContain(`${process.cwd()}/${dir}/${name}`)
    }
  })
})

describe('collection edge cases', () => {
  it('fails on an invalid entry that an episode uses, and on two keys that become one slug', async () => {
    const dir = writeCatalog({
      'people/jane-doe.md': '---\nwebsite: https://jane.example.com\n---\n',
      'technologies.yaml': 'Rust:\n  name: Rust\nrust:\n  name: Rust again\n',
      'ep.md': episode({ guests: '[jane-doe]' }),
      'site.yaml': 'collections:\n  people: people\n',
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems.map((p) => [p.severity, p.file, p.line, p.field, p.message])).toEqual([
      [
        'error',
        fileIn(dir, 'people/jane-doe.md'),
        2,
        'name',
        'is missing: add a line `name: …` (expected a name as text)',
      ],
      [
        'warning',
        fileIn(dir, 'technologies.yaml'),
        2,
        'Rust',
        'the key "Rust" is read as "rust" (lowercase, hyphens): episodes refer to it as rust',
      ],
      [
        'error',
        fileIn(dir, 'technologies.yaml'),
        4,
        'rust',
        'the keys "Rust" and "rust" both become "rust": rename or remove one of them',
      ],
    ])
  })

  it('warns when site.yaml names a collection that does not exist', async () => {
    const dir = writeCatalog({
      'site.yaml': 'collections:\n  people: staff\n',
      'ep.md': episode({ guests: '[jane-doe]' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems.map((p) => [p.severity, p.file, p.line, p.field, p.message])).toEqual([
      [
        'warning',
        fileIn(dir, 'site.yaml'),
        2,
        'collections.people',
        'names staff, which does not exist: create it, or fix the path (relative to the catalog folder)',
      ],
    ])
  })

  it('reads episodes from the folder that collections.episodes names', async () => {
    const dir = writeCatalog({
      'site.yaml': 'collections:\n  episodes: videos\n',
      'videos/show/2025/ep.md': episode(),
      'drafts/other.md': episode({ slug: 'other', id: 'ep-2' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems).toEqual([])
    expect([...result.documents.keys()].filter((key) => key.startsWith('episodes/'))).toEqual([
      'episodes/episode-one.json',
    ])
  })
})
