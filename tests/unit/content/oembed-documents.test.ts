import { describe, expect, it } from 'vitest'
import type { EpisodeDocument, SiteInfo } from '../../../src/content/documents.ts'
import { oembedDocument } from '../../../src/content/publish/oembed-documents.ts'
import { oembedFiles } from '../../../src/content/publish/oembed-files.ts'

const site: SiteInfo = {
  title: 'Sample <Podcast>',
  description: '',
  language: 'en',
  baseUrl: 'https://podcast.example.com/',
}

function episode(overrides: Partial<EpisodeDocument> = {}): EpisodeDocument {
  return {
    id: '1',
    slug: 'first-steps',
    title: 'First steps',
    subtitle: null,
    description: '',
    descriptionHtml: '',
    showNotes: '',
    showNotesHtml: '',
    publishedAt: '2025-01-01T00:00:00Z',
    duration: 120,
    type: null,
    category: null,
    episode: null,
    season: null,
    episodeType: null,
    explicit: null,
    audioUrl: '/audio/first-steps.mp3',
    audioFileSize: null,
    image: null,
    show: {
      slug: 'alpha',
      name: 'Alpha Show',
      artwork: {
        url: '/podcast/assets/content/alpha-cover-1a2b3c4d.png',
        url2x: null,
        source: null,
        alt: 'Alpha Show',
        width: 1400,
        height: 1400,
        type: 'image/png',
      },
    },
    guests: [],
    technologies: [],
    chapters: [],
    transcript: null,
    ...overrides,
  }
}

describe('oembedDocument', () => {
  it('is a rich oEmbed 1.0 answer whose html is the embed snippet', () => {
    expect(oembedDocument(episode(), site, 'https://podcast.example.com/')).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'First steps',
      author_name: 'Alpha Show',
      provider_name: 'Sample <Podcast>',
      provider_url: 'https://podcast.example.com/',
      thumbnail_url: 'https://podcast.example.com/podcast/assets/content/alpha-cover-1a2b3c4d.png',
      thumbnail_width: 1400,
      thumbnail_height: 1400,
      html: '<iframe src="https://podcast.example.com/embed/first-steps" title="First steps" width="600" height="180" loading="lazy" allow="autoplay; encrypted-media" style="width:100%;max-width:600px;border:0"></iframe>',
      width: 600,
      height: 180,
    })
  })

  it('escapes a hostile title in the html and leaves out the author without a show', () => {
    const document = oembedDocument(
      episode({ title: `"><script>alert(1)</script>`, show: null }),
      site,
      'https://podcast.example.com/podcast/',
    )
    expect(document.title).toBe(`"><script>alert(1)</script>`)
    expect(document.html).toContain(
      'src="https://podcast.example.com/podcast/embed/first-steps" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"',
    )
    expect(document.html).not.toContain('<script>')
    expect(document).not.toHaveProperty('author_name')
  })
})

describe('oembedFiles', () => {
  const episodes = [episode(), episode({ slug: 'second-wind', title: 'Second wind' })]

  it('writes an oEmbed document per episode when the site address is known', () => {
    const written = oembedFiles({ episodes, site, base: '/podcast/' })
    expect(written.warning).toBeNull()
    const files = [...written.files]
    expect(files.map((file) => file.path)).toEqual([
      'episodes/first-steps/oembed.json',
      'episodes/second-wind/oembed.json',
    ])
    const second = JSON.parse(files[1]?.content ?? '{}')
    expect(second.html).toContain('src="https://podcast.example.com/podcast/embed/second-wind"')
    expect(second.provider_url).toBe('https://podcast.example.com/podcast/')
  })

  it('skips the oEmbed documents with one warning without a baseUrl', () => {
    const { files, warning } = oembedFiles({
      episodes,
      site: { ...site, baseUrl: null },
      base: '/',
    })
    expect([...files]).toEqual([])
    expect(warning).toMatch(/no baseUrl, so no oEmbed documents were written: set baseUrl/)
  })
})
