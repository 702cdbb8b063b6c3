/** The embed's default size in CSS pixels; it is fluid in width down to 280 px. */
export const EMBED_WIDTH = 600
export const EMBED_HEIGHT = 180

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => entities[character] ?? character)

/**
 * The site's root as an absolute URL ending in `/`: `baseUrl` from site.yaml
 * when it already names the sub-path the app is built for, else its origin
 * followed by that base path.
 */
export function siteRootUrl(baseUrl: string, basePath: string): string {
  const url = new URL(baseUrl)
  const root = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`
  return `${url.origin}${root.endsWith(base) ? root : `${root.replace(/\/$/, '')}${base}`}`
}

/** `<siteRoot>embed/<slug>`, with `?t=<seconds>` when a start moment is given. */
export function embedUrl(siteRoot: string, slug: string, start: number | null = null): string {
  const url = `${siteRoot}embed/${encodeURIComponent(slug)}`
  return start !== null && start > 0 ? `${url}?t=${Math.floor(start)}` : url
}

/**
 * The iframe a host page pastes to embed an episode. Every attribute value is
 * escaped, so a title such as `"><script>` stays text. Shared by the Embed
 * dialog and the oEmbed documents.
 */
export function embedSnippet(src: string, title: string): string {
  const attributes: Array<[string, string]> = [
    ['src', src],
    ['title', title],
    ['width', String(EMBED_WIDTH)],
    ['height', String(EMBED_HEIGHT)],
    ['loading', 'lazy'],
    ['allow', 'autoplay; encrypted-media'],
    ['style', `width:100%;max-width:${EMBED_WIDTH}px;border:0`],
  ]
  const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')
  return `<iframe ${text}></iframe>`
}
