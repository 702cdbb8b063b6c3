import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BuiltPage, buildSite } from './built-site.ts'

// A catalog with a baseUrl, served under /podcast/: every head tag has its absolute form.
let site: Awaited<ReturnType<typeof buildSite>>
beforeAll(async () => {
  site = await buildSite('tests/fixtures/catalogs/prerendered', '/podcast/')
}, 120_000)
afterAll(() => site?.remove())

const origin = 'https://podcast.example.com/podcast'
const pageData = (page: BuiltPage) =>
  JSON.parse(page.document.getElementById('page-data')?.textContent ?? '') as {
    path: string
    queries: Array<[unknown[], unknown]>
  }
const links = (page: BuiltPage) =>
  [...page.document.querySelectorAll('#root a')].map((a) => a.getAttribute('href'))

describe('an episode page', () => {
  it('has its own title, description, canonical, Open Graph and Twitter card', () => {
    const page = site.page('episodes/first-steps/index.html')
    expect(page.document.title).toBe('First Steps · Prerendered Podcast')
    expect(page.meta('description')).toBe('The first episode, with a link.')
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    expect(canonical).toBe(`${origin}/episodes/first-steps`)
    expect(page.meta('og:type')).toBe('article')
    expect(page.meta('og:title')).toBe('First Steps · Prerendered Podcast')
    expect(page.meta('og:description')).toBe('The first episode, with a link.')
    expect(page.meta('og:url')).toBe(canonical)
    expect(page.meta('og:image')).toBe('https://cdn.example.com/alpha.png')
    expect(page.meta('og:audio')).toBe(`${origin}/audio/first-steps.mp3`)
    expect(page.meta('twitter:card')).toBe('summary_large_image')
    expect(page.meta('twitter:image')).toBe('https://cdn.example.com/alpha.png')
    // One of each, the site's generic ones replaced.
    expect(page.document.querySelectorAll('title, meta[name="description"]')).toHaveLength(2)
  })

  it("preloads its own code, which the home page's leaves out, with the entry's", () => {
    const preloads = (path: string) =>
      [...site.page(path).document.head.querySelectorAll('link[rel="modulepreload"]')].map(
        (link) => link.getAttribute('href') ?? '',
      )
    const episode = preloads('episodes/first-steps/index.html')
    expect(episode).toContainEqual(
      expect.stringMatching(/^\/podcast\/assets\/episode-page-[\w-]+\.js$/),
    )
    expect(preloads('index.html').filter((href) => href.includes('episode-page'))).toEqual([])
    expect(episode).toEqual(expect.arrayContaining(preloads('index.html')))
  })

  it('asks for its stylesheet and scripts before the theme script stops the parser', () => {
    for (const path of ['index.html', 'episodes/first-steps/index.html']) {
      const head = [...site.page(path).document.head.querySelectorAll('script[src], link[href]')]
      const at = (selector: string) => head.findIndex((element) => element.matches(selector))
      const theme = at('script[src="/podcast/theme.js"]')
      expect(theme).toBe(head.length - 1)
      expect(at('link[rel="stylesheet"]')).toBeGreaterThan(-1)
      expect(at('script[type="module"]')).toBeGreaterThan(-1)
      expect(head.filter((element) => element.matches('script[src$="theme.js"]'))).toHaveLength(1)
    }
  })

  it('names the feed of its show and its oEmbed document in the head', () => {
    const page = site.page('episodes/first-steps/index.html')
    const alternates = [...page.document.head.querySelectorAll('link[rel="alternate"]')].map(
      (link) => [link.getAttribute('type'), link.getAttribute('href'), link.getAttribute('title')],
    )
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['application/rss+xml', `${origin}/feeds/alpha.xml`, 'Alpha Show'],
        ['application/json+oembed', `${origin}/episodes/first-steps/oembed.json`, 'First Steps'],
      ]),
    )
    const oembed = JSON.parse(site.read('episodes/first-steps/oembed.json')) as { type: string }
    expect(oembed.type).toBe('rich')
  })

  it('describes itself as a PodcastEpisode in JSON-LD', () => {
    const [episode, ...others] = site.page('episodes/first-steps/index.html').jsonLd()
    expect(others).toEqual([])
    expect(episode).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'PodcastEpisode',
      name: 'First Steps',
      url: `${origin}/episodes/first-steps`,
      datePublished: '2024-01-10T09:00:00.000Z',
      timeRequired: 'PT1H2M5S',
      description: 'The first episode, with a link.',
      partOfSeries: { '@type': 'PodcastSeries', name: 'Alpha Show', url: `${origin}/shows/alpha` },
      associatedMedia: { '@type': 'MediaObject', contentUrl: `${origin}/audio/first-steps.mp3` },
      hasPart: [
        { '@type': 'Clip', name: 'Hello', startOffset: 0, endOffset: 300 },
        { '@type': 'Clip', name: 'Goodbye', startOffset: 300, endOffset: 3725 },
      ],
    })
  })

  it('holds its content and links, and the data it was rendered from', () => {
    const page = site.page('episodes/first-steps/index.html')
    const text = page.text()
    for (const shown of ['First Steps', 'Alpha Show', 'Jan 10, 2024', '1 h 02 min', 'Jane Doe']) {
      expect(text).toContain(shown)
    }
    expect(text).toContain('Show notes for the first episode.')
    expect(page.document.querySelector('#root h1')?.textContent).toBe('First Steps')
    expect(links(page)).toEqual(
      expect.arrayContaining([
        '/podcast/shows/alpha',
        '/podcast/people/jane-doe',
        '/podcast/technologies/rust',
        '/podcast/episodes/first-steps?t=300',
      ]),
    )
    const data = pageData(page)
    expect(data.path).toBe('/podcast/episodes/first-steps')
    // The episode's document and the site, not the catalog index.
    expect(data.queries.map(([key]) => key)).toEqual([
      ['episodes', ':site'],
      ['episodes', 'first-steps'],
    ])
  })

  it('without artwork or audio, has a summary card and no media', () => {
    const page = site.page('episodes/no-show/index.html')
    expect(page.meta('twitter:card')).toBe('summary')
    expect(page.meta('og:image')).toBeNull()
    expect(page.meta('og:audio')).toBeNull()
    const [episode] = page.jsonLd()
    expect(episode?.associatedMedia).toBeUndefined()
    expect(episode?.partOfSeries).toEqual({
      '@type': 'PodcastSeries',
      name: 'Prerendered Podcast',
      url: `${origin}/`,
    })
  })

  it('stays under 30 kB gzip with 100 chapters', () => {
    const html = site.read('episodes/long-talk/index.html')
    const gzip = gzipSync(html).length
    console.log(`episode page with 100 chapters: ${html.length} B, ${gzip} B gzip`)
    expect(site.page('episodes/long-talk/index.html').jsonLd()[0]?.hasPart).toHaveLength(100)
    expect(gzip).toBeLessThanOrEqual(30 * 1024)
  })
})

describe('collection pages', () => {
  it('a show page is a PodcastSeries with its episodes', () => {
    const page = site.page('shows/alpha/index.html')
    expect(page.document.title).toBe('Alpha Show · Prerendered Podcast')
    expect(page.meta('description')).toBe('The show about first steps and long talks.')
    expect(page.meta('og:image')).toBe('https://cdn.example.com/alpha.png')
    expect(page.jsonLd()).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'PodcastSeries',
        name: 'Alpha Show',
        description: 'The show about first steps and long talks.',
        url: `${origin}/shows/alpha`,
        image: 'https://cdn.example.com/alpha.png',
        author: [{ '@type': 'Person', name: 'Sam Host', url: `${origin}/people/sam-host` }],
      },
    ])
    expect(page.document.querySelector('#root h1')?.textContent).toBe('Alpha Show')
    expect(page.text()).toContain('A Long Talk in a Hundred Chapters')
    expect(page.text()).toContain('First Steps')
    expect(page.text()).not.toContain('An Episode Without a Show')
  })

  it('a person page is a Person with their episodes as guest', () => {
    const page = site.page('people/jane-doe/index.html')
    expect(page.document.title).toBe('Jane Doe · Prerendered Podcast')
    expect(page.meta('og:type')).toBe('profile')
    expect(page.meta('description')).toBe('Jane Doe: 2 episodes as guest on Prerendered Podcast.')
    expect(page.jsonLd()).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Jane Doe',
        url: `${origin}/people/jane-doe`,
        sameAs: ['https://jane.example.com/', 'https://github.com/janedoe'],
      },
    ])
    expect(page.text()).toContain('Episodes as guest')
    expect(links(page)).toContain('/podcast/episodes/long-talk')
    // Only the first page of this collection's episodes is embedded, never the catalog.
    const queries = pageData(page).queries as Array<[unknown[], unknown]>
    const [, first] =
      queries.find(([key]) => key.join('/') === 'episodes/:collection/guests/jane-doe') ?? []
    expect(first).toMatchObject({ pages: [{ total: 2 }], pageParams: [1] })
    expect((first as { pages: [{ items: [] }] }).pages[0].items).toHaveLength(2)
    expect(queries.map(([key]) => key.join('/'))).not.toContain('episodes')
  })

  it('a technology page and a host without guest episodes have pages too', () => {
    const rust = site.page('technologies/rust/index.html')
    expect(rust.document.title).toBe('Rust · Prerendered Podcast')
    expect(rust.meta('description')).toBe('2 episodes about Rust on Prerendered Podcast.')
    expect(rust.document.querySelector('#root h1')?.textContent).toBe('Rust')
    expect(site.page('people/sam-host/index.html').text()).toContain('Hosts')
  })
})

describe('the home and not-found pages', () => {
  it('the home page lists the episodes and the filters', () => {
    const page = site.page('index.html')
    expect(page.document.title).toBe('Prerendered Podcast')
    expect(page.meta('description')).toBe('A catalog for the prerendering tests.')
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    expect(canonical).toBe(`${origin}/`)
    const text = page.text()
    for (const shown of ['A Long Talk in a Hundred Chapters', 'An Episode Without a Show']) {
      expect(text).toContain(shown)
    }
    const groups = [...page.document.querySelectorAll('#root fieldset legend')].map((legend) =>
      legend.textContent?.trim(),
    )
    expect(groups.join(' ')).toContain('Guests')
    expect(text).toContain('Jane Doe')
  })

  it('the home page carries the home document and the browse index parts it shows, not the catalog', () => {
    const keys = pageData(site.page('index.html')).queries.map(([key]) =>
      (key as string[]).join('/'),
    )
    expect(keys).toEqual([
      'episodes/:site',
      'episodes/:home',
      'episodes/:index-part/data/browse/meta.json',
      'episodes/:index-part/data/browse/cards/0.json',
    ])
    // What it carries is what the build wrote, so the browser's reader finds it as fetched.
    const [, meta] = pageData(site.page('index.html')).queries[2] ?? []
    expect(meta).toBe(site.read('data/browse/meta.json'))
  })

  it('404.html is the not-found page, with no canonical address', () => {
    const page = site.page('404.html')
    expect(page.document.title).toBe('Page not found · Prerendered Podcast')
    expect(page.document.querySelector('#root h1')?.textContent).toBe('Page not found')
    expect(page.document.querySelector('link[rel="canonical"]')).toBeNull()
  })

  it('sitemap.xml lists the pages and robots.txt points at it', () => {
    expect(site.read('sitemap.xml')).toContain(`<loc>${origin}/sitemaps/1.xml</loc>`)
    const sitemap = site.read('sitemaps/1.xml')
    expect(sitemap).toContain(`<loc>${origin}/episodes/long-talk</loc>`)
    expect(sitemap).toContain(`<loc>${origin}/shows/alpha</loc>`)
    expect(sitemap).not.toContain('from-the-future')
    expect(site.read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })

  it('scheduled episodes have no page', () => {
    expect(site.exists('episodes/long-talk/index.html')).toBe(true)
    expect(site.exists('episodes/from-the-future/index.html')).toBe(false)
    expect(site.exists('episodes/from-the-future.html')).toBe(false)
  })
})

describe('every prerendered page', () => {
  const files = [
    'index.html',
    '404.html',
    'episodes/first-steps/index.html',
    'episodes/long-talk/index.html',
    'shows/alpha/index.html',
    'people/jane-doe/index.html',
    'technologies/rust/index.html',
  ]
  it.each(files)('%s carries data, never inline code, style or handlers', (file) => {
    const page = site.page(file)
    for (const script of page.document.querySelectorAll('script')) {
      // The one classic script, blocking on purpose: the theme choice before the first paint.
      if (script.getAttribute('src')?.endsWith('/theme.js'))
        expect(script.hasAttribute('type')).toBe(false)
      else if (script.hasAttribute('src')) expect(script.getAttribute('type')).toBe('module')
      else expect(script.getAttribute('type')).toMatch(/^application\/(ld\+)?json$/)
    }
    const attributes = [...page.document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((attribute) => attribute.name),
    )
    expect(attributes.filter((name) => name === 'style' || name.startsWith('on'))).toEqual([])
    expect(page.meta('og:url') ?? '').toMatch(file === '404.html' ? /^$/ : /^https:\/\//)
  })
})
