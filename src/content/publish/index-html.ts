import type { SiteInfo } from '../documents.ts'

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A policy without inline scripts, eval or third-party code; media also from the
 * audio hosts. Images come from the site alone: the build serves its own copies.
 */
export function contentSecurityPolicy(audioOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["media-src 'self' blob:", ...audioOrigins].join(' '),
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * Puts the site's language, title and description into index.html, the link
 * to the catalog's podcast feed when there is one, and the policy when given,
 * right after `<meta charset>` so that it covers every script and stylesheet
 * that follows.
 */
export function applySiteToHtml(
  html: string,
  site: SiteInfo,
  policy: string | null,
  feedUrl: string | null = null,
): string {
  const head = [
    `<title>${escapeHtml(site.title)}</title>`,
    site.description ? `<meta name="description" content="${escapeHtml(site.description)}" />` : '',
    feedUrl
      ? `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(site.title)}" href="${escapeHtml(feedUrl)}" />`
      : '',
  ]
    .filter(Boolean)
    .join('\n    ')
  let result = html
    .replace(/<html\b[^>]*>/i, `<html lang="${escapeHtml(site.language)}">`)
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '')
    .replace(/<title>[\s\S]*?<\/title>/i, head)
  if (policy) {
    result = result.replace(
      /(<meta\s+charset=[^>]*>)/i,
      `$1\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`,
    )
  }
  return result
}

const themeScript = /[ \t]*<script src="[^"]*\/theme\.js"><\/script>\n?/

/**
 * Moves the theme script to the end of the head, after the stylesheet and the
 * app's module script: a classic script stops the parser, so anything written
 * after it was requested only once it had run. Last, it loads beside the
 * stylesheet, and it still runs before the first paint.
 */
export function loadThemeScriptLast(html: string): string {
  const tag = html.match(themeScript)?.[0]
  if (!tag || !html.includes('</head>')) return html
  return html.replace(tag, '').replace('</head>', `  ${tag.trim()}\n  </head>`)
}
