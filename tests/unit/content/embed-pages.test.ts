import { describe, expect, it } from 'vitest'
import { embedPages, embedPageUrl } from '../../../src/content/publish/embed-pages.ts'
import { episodeSlugsOf } from '../../../src/content/publish/episode-documents.ts'

describe('embedPages', () => {
  it('publishes one copy of the embed page per episode document', () => {
    const documents = new Map([
      ['episodes.json', '{}'],
      ['home.json', '{}'],
      ['people/jane-doe.json', '{}'],
      ['episodes/b-side.json', JSON.stringify({ slug: 'b-side' })],
      ['episodes/a-side.json', JSON.stringify({ slug: 'a-side' })],
    ])
    const pages = [...embedPages(episodeSlugsOf(documents), '<html>embed</html>')]
    expect(pages).toEqual([
      { path: 'embed/a-side/index.html', content: '<html>embed</html>' },
      { path: 'embed/b-side/index.html', content: '<html>embed</html>' },
    ])
  })
})

describe('embedPageUrl', () => {
  it('points /embed/<slug> at the embed page in dev, keeping the query', () => {
    expect(embedPageUrl('/embed/a-side', '/')).toBe('/embed.html')
    expect(embedPageUrl('/podcast/embed/a-side/?t=12&theme=dark', '/podcast/')).toBe(
      '/podcast/embed.html?t=12&theme=dark',
    )
    expect(embedPageUrl('/episodes/a-side', '/')).toBeNull()
    expect(embedPageUrl('/embed/a-side/x.js', '/')).toBeNull()
    expect(embedPageUrl('/embed/a-side', '/podcast/')).toBeNull()
  })
})
