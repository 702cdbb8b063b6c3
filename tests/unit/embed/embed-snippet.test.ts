// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { embedSnippet, embedUrl, siteRootUrl } from '../../../src/lib/embed-snippet.ts'

const hostileTitles = [
  `"><script>alert('title')</script>`,
  `' onload='alert(1)`,
  `Title" onload="alert(1)" data-x="`,
  '&quot;&#39; already-escaped &amp; entities',
  '<img src=x onerror=alert(2)>',
  'Plain title with a tab\tand a line\nbreak',
]

describe('embedSnippet', () => {
  it('writes one iframe with title, lazy loading, the allow list and the size', () => {
    expect(embedSnippet('https://podcast.example.com/embed/ep-1', 'Episode one')).toBe(
      '<iframe src="https://podcast.example.com/embed/ep-1" title="Episode one" width="600" height="180" loading="lazy" allow="autoplay; encrypted-media" style="width:100%;max-width:600px;border:0"></iframe>',
    )
  })

  it.each(hostileTitles)('keeps the hostile title %j as text in one attribute', (title) => {
    const html = embedSnippet('https://podcast.example.com/embed/ep?t=5&x="y"', title)
    const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body
    expect(body.children).toHaveLength(1)
    const iframe = body.querySelector('iframe')
    expect(iframe?.getAttribute('title')).toBe(title)
    expect(iframe?.getAttribute('src')).toBe('https://podcast.example.com/embed/ep?t=5&x="y"')
    expect(iframe?.getAttributeNames()).toEqual([
      'src',
      'title',
      'width',
      'height',
      'loading',
      'allow',
      'style',
    ])
    expect(iframe?.childNodes).toHaveLength(0)
  })
})

describe('embedUrl', () => {
  it('adds a whole-second start moment only when there is one', () => {
    expect(embedUrl('https://x.example/', 'ep')).toBe('https://x.example/embed/ep')
    expect(embedUrl('https://x.example/podcast/', 'ep', 157.8)).toBe(
      'https://x.example/podcast/embed/ep?t=157',
    )
    expect(embedUrl('https://x.example/', 'ep', 0)).toBe('https://x.example/embed/ep')
  })
})

describe('siteRootUrl', () => {
  it('joins the base path to a bare address, and keeps an address that already names it', () => {
    expect(siteRootUrl('https://podcast.example.com', '/')).toBe('https://podcast.example.com/')
    expect(siteRootUrl('https://example.com/', '/podcast/')).toBe('https://example.com/podcast/')
    expect(siteRootUrl('https://example.com/podcast', '/podcast/')).toBe(
      'https://example.com/podcast/',
    )
    expect(siteRootUrl('https://example.com/podcast/', '/')).toBe('https://example.com/podcast/')
  })
})
