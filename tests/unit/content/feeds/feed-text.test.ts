import { XMLValidator } from 'fast-xml-parser'
import { parseRssFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'
import { defaultShowPodcast } from '../../../../src/content/publish/feed-input.ts'
import { cleanText, cutDescription, oneLine } from '../../../../src/content/publish/feed-text.ts'
import { podcastGuid, siteUrls } from '../../../../src/content/publish/feed-urls.ts'
import { feedItem, renderRssFeed } from '../../../../src/content/publish/rss-feed.ts'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('feed text', () => {
  it('removes control characters and lone surrogates, keeping tabs, newlines and emoji', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f\uFFFEg\tline\nnext 🎙️ \uD800x')).toBe(
      'abcdefg\tline\nnext 🎙️ x',
    )
    expect(oneLine('  Two\nlines \u0001 here ')).toBe('Two lines here')
  })

  it('keeps a short description whole', () => {
    expect(cutDescription('<p>Short.</p>\n', 'Short.')).toBe('<p>Short.</p>')
  })

  it('cuts a long description after the last whole paragraph within 4,000 bytes', () => {
    const paragraph = `<p>${'é word '.repeat(150).trim()}</p>\n`
    const html = `${paragraph}<ul>\n<li>${'x '.repeat(100)}</li>\n</ul>\n${paragraph.repeat(5)}`
    const cut = cutDescription(html, 'unused')
    expect(bytes(cut)).toBeLessThanOrEqual(4000)
    expect(cut.endsWith('</p>')).toBe(true)
    expect(cut).toContain('</ul>')
    expect(bytes(cut)).toBeGreaterThan(4000 - bytes(paragraph))
  })

  it('cuts one huge paragraph at a word, as escaped text with an ellipsis', () => {
    const text = `${'<b>words</b> & more '.repeat(400)}end`
    const cut = cutDescription(`<p>${text}</p>\n`, text)
    expect(bytes(cut)).toBeLessThanOrEqual(4000)
    expect(cut).toMatch(/ more…$|\/b&gt;…$|&amp;…$/)
    expect(cut).not.toContain('<b>')
    expect(cut.startsWith('&lt;b&gt;words&lt;/b&gt; &amp; more')).toBe(true)
  })

  it('derives podcast:guid as the Podcasting 2.0 namespace defines it', () => {
    // The example of the podcast namespace's guid documentation.
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe(
      '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    )
    expect(podcastGuid('http://mp3s.nashownotes.com/pc20rss.xml/')).toBe(
      '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    )
  })

  it('writes a feed that parses whatever the text holds: markup, ]]> and control characters', () => {
    const hostile = 'A ]]> B <script>x</script> & \u0001\u001B C'
    const urls = siteUrls('https://podcast.example.com/', '/')
    const item = feedItem(
      {
        id: `id ${hostile}`,
        slug: 'x',
        title: hostile,
        descriptionHtml: '<p>A ]]&gt; B</p>',
        publishedAt: '2025-01-01T00:00:00.000Z',
        duration: 61.4,
        audioUrl: '/a.m4a',
        audioFileSize: 10,
        episode: null,
        season: null,
        episodeType: null,
        explicit: null,
        show: null,
        guests: [{ name: hostile, img: null, href: 'https://e.com/?a="b"&c' }],
        chaptersPath: null,
        transcripts: [],
        image: null,
      },
      urls,
      10,
    )
    const xml = renderRssFeed(
      {
        title: hostile,
        description: hostile,
        link: 'https://podcast.example.com/',
        language: 'en',
        selfUrl: 'https://podcast.example.com/feed.xml',
        podcastGuid: 'guid',
        urls,
        artwork: null,
        author: hostile,
        podcast: { ...defaultShowPodcast, explicit: true },
        hosts: [],
      },
      [item],
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parseRssFeed(xml)
    expect(feed.title).toBe('A ]]> B <script>x</script> & C')
    expect(feed.items?.[0]?.title).toBe('A ]]> B <script>x</script> & C')
    expect(feed.items?.[0]?.guid?.value).toBe('id A ]]> B <script>x</script> & \u0020C')
    expect(feed.items?.[0]?.enclosures?.[0]?.type).toBe('audio/x-m4a')
    expect(feed.items?.[0]?.itunes?.duration).toBe(61)
    expect(xml).toContain('<itunes:explicit>true</itunes:explicit>')
    expect([...xml].filter((c) => c === '\u0001' || c === '\u001B')).toEqual([])
  })
})
