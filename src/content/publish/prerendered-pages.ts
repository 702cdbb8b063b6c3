import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { PublishedFile } from '../compile/published-file.ts'
import type { PageRoute, RenderedPage } from './page-routes.ts'
import { fileOf } from './page-routes.ts'

const EMPTY_ROOT = '<div id="root"></div>'

/** Whether a built index.html has the empty root element that pages are rendered into. */
export const canPrerenderInto = (template: string): boolean => template.includes(EMPTY_ROOT)

/**
 * Puts a rendered page into the built index.html: its head tags replace the
 * site's title and description, its HTML fills the root element and its data
 * follows it. Every string comes from React's renderer; nothing is escaped here.
 */
export function pageHtml(template: string, page: RenderedPage): string {
  return template
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '')
    .replace(/<title>[\s\S]*?<\/title>/i, () => page.head)
    .replace(EMPTY_ROOT, () => `<div id="root">${page.body}</div>${page.data}`)
}

/**
 * One HTML file per route, each rendered only when it is asked for: a
 * catalog's pages can then be written one at a time, never all held at once.
 */
export function* prerenderedPages(
  template: string,
  routes: readonly PageRoute[],
  render: (route: PageRoute) => RenderedPage,
): Generator<PublishedFile> {
  for (const route of routes) {
    yield { path: fileOf(route), content: pageHtml(template, render(route)) }
  }
}

/** Writes each file under `outDir` as it comes, creating its folder; returns how many. */
export function writeFiles(
  outDir: string,
  files: Iterable<{ path: string; content: string | Uint8Array }>,
): number {
  const folders = new Set<string>()
  let count = 0
  for (const file of files) {
    const path = join(outDir, file.path)
    const folder = dirname(path)
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(path, file.content)
    count += 1
  }
  return count
}
