import type { PageRoute, RenderedPage } from './page-routes.ts'
import { fileOf } from './page-routes.ts'

export interface PublishedFile {
  path: string
  content: string
}

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

/** One HTML file per route. */
export function prerenderedPages(
  template: string,
  routes: readonly PageRoute[],
  render: (route: PageRoute) => RenderedPage,
): PublishedFile[] {
  return routes.map((route) => ({
    path: fileOf(route),
    content: pageHtml(template, render(route)),
  }))
}
