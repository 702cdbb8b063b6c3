import { HOSTILE_PORT } from '../playwright.config.ts'
import { parsePage } from '../support/parse-page.ts'
import { expect, test } from './support/test.ts'

// The hostile catalog's prerendered HTML, read as a crawler reads it: nothing in it may run.
test.use({ baseURL: `http://127.0.0.1:${HOSTILE_PORT}` })

const title = "Title <script>alert('title')</script> <img src=x onerror=alert('title-img')>"
const site = "Site <script>alert('site-title')</script>"
const pages = [
  { path: '/', title: site, jsonLd: null },
  { path: '/episodes/hostile-episode', title: `${title} · ${site}`, jsonLd: 'PodcastEpisode' },
  {
    path: '/people/eve-hostile',
    title: `Eve <script>alert('guest')</script> · ${site}`,
    jsonLd: 'Person',
  },
  {
    path: '/technologies/script-tech',
    title: `Tech <script>alert('technology')</script> · ${site}`,
    jsonLd: null,
  },
  {
    path: '/shows/hostile-show',
    title: `Show <img src=x onerror=alert('show')> · ${site}`,
    jsonLd: 'PodcastSeries',
  },
  { path: '/404.html', title: `Page not found · ${site}`, jsonLd: null },
]

for (const expected of pages) {
  test(`the prerendered HTML of ${expected.path} keeps hostile text as text`, async ({
    request,
  }) => {
    const page = parsePage(await (await request.get(expected.path)).text())
    expect(page.document.title).toBe(expected.title)
    expect(page.meta('og:title')).toBe(expected.title)
    // Only the app's module and data blocks: no markup from the catalog became an element.
    // The one classic script is the theme's, a file of the site's own, painting the chosen theme.
    const scripts = [...page.document.querySelectorAll('script')].map(
      (script) => script.getAttribute('type') ?? `classic ${script.getAttribute('src')}`,
    )
    expect(scripts.sort()).toEqual(
      [
        'application/json',
        'classic /theme.js',
        'module',
        ...(expected.jsonLd ? ['application/ld+json'] : []),
      ].sort(),
    )
    // The app's own icons are hidden svg, and the catalog's images are files the build
    // published (an SVG with a script in it stays an image); nothing else may appear.
    const foreign =
      '#root img:not([src^="/assets/content/"]):not([src^="/assets/images/"]), #root iframe, #root svg:not([aria-hidden="true"])'
    expect(page.document.querySelectorAll(foreign)).toHaveLength(0)
    for (const element of page.document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name, `${element.tagName} carries a handler`).not.toMatch(/^on/i)
        if (name === 'href' || name === 'src') expect(value).not.toMatch(/^\s*javascript:/i)
      }
    }
    const data = JSON.parse(page.document.getElementById('page-data')?.textContent ?? '')
    expect(data.path).toBe(expected.path)
    const jsonLd = page.jsonLd()
    expect(jsonLd.map((entry) => entry['@type'])).toEqual(expected.jsonLd ? [expected.jsonLd] : [])
    if (expected.jsonLd === 'PodcastEpisode') {
      expect(jsonLd[0]?.name).toBe(title)
      const chapters = jsonLd[0]?.hasPart as Array<{ name: string }>
      expect(chapters[0]?.name).toBe("Chapter one <script>alert('chapter-1')</script>")
    }
  })
}
