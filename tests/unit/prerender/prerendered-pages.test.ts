import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PageRoute, RenderedPage } from '../../../src/content/publish/page-routes.ts'
import { prerenderedPages, writeFiles } from '../../../src/content/publish/prerendered-pages.ts'

const template =
  '<html><head><title>Site</title><meta name="description" content="Site"></head><body><div id="root"></div></body></html>'
const routes: PageRoute[] = [
  { kind: 'episode', slug: 'one', path: '/episodes/one' },
  { kind: 'person', slug: 'ada', path: '/people/ada' },
  { kind: 'not-found', path: '/404.html' },
]
const rendered = (route: PageRoute): RenderedPage => ({
  head: `<title>${route.path}</title>`,
  body: `<p>${route.kind}</p>`,
  data: '<script type="application/json" id="page-data">{}</script>',
})

let outDir = ''
afterEach(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

describe('prerendered pages', () => {
  it('renders each page only when it is reached, so pages can be written one at a time', () => {
    const rendering: string[] = []
    const written: string[][] = []
    const pages = prerenderedPages(template, routes, (route) => {
      rendering.push(route.path)
      return rendered(route)
    })
    expect(rendering).toEqual([])
    for (const page of pages) written.push([page.path, rendering.join(' ')])
    expect(written).toEqual([
      ['episodes/one/index.html', '/episodes/one'],
      ['people/ada/index.html', '/episodes/one /people/ada'],
      ['404.html', '/episodes/one /people/ada /404.html'],
    ])
  })

  it('writes each page into its folder, with its head and body in the template', () => {
    outDir = mkdtempSync(join(tmpdir(), 'pages-'))
    const count = writeFiles(outDir, prerenderedPages(template, routes, rendered))
    expect(count).toBe(3)
    expect(readFileSync(join(outDir, 'people/ada/index.html'), 'utf8')).toBe(
      '<html><head><title>/people/ada</title></head><body><div id="root"><p>person</p></div><script type="application/json" id="page-data">{}</script></body></html>',
    )
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('<p>not-found</p>')
    expect(readFileSync(join(outDir, 'episodes/one/index.html'), 'utf8')).toContain(
      '<title>/episodes/one</title>',
    )
  })
})
