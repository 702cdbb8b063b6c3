import type { PublishedFile } from '../compile/published-file.ts'

/**
 * One copy of the embed page per published episode at `embed/<slug>/index.html`,
 * so that `/embed/<slug>` works on static hosts without rewrite rules. The page
 * reads its slug from the URL, so every copy is the same HTML.
 */
export function* embedPages(slugs: Iterable<string>, embedHtml: string): Generator<PublishedFile> {
  for (const slug of slugs) yield { path: `embed/${slug}/index.html`, content: embedHtml }
}

/**
 * For the dev server, which has no per-episode copies: `/embed/<slug>[/][?query]`
 * under `base` → the embed page's own URL, keeping the query; null for other URLs.
 */
export function embedPageUrl(url: string, base: string): string | null {
  const match = /^embed\/[a-z0-9-]+\/?(\?.*)?$/.exec(
    url.startsWith(base) ? url.slice(base.length) : '',
  )
  return match ? `${base}embed.html${match[1] ?? ''}` : null
}
