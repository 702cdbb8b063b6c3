/** Prefixes a root-relative URL with the site's base path, so a sub-path deployment finds it. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url
  const prefix = base.endsWith('/') ? base : `${base}/`
  return `${prefix}${url.slice(1)}`
}

export interface AudioSource {
  id: string
  slug: string
  show?: string | undefined
  audioUrl?: string | undefined
}

/**
 * The episode's own `audioUrl`, else site.yaml's `audioUrlTemplate` filled in
 * with its {id}, {slug} and {show} (URL-encoded), else null.
 */
export function resolveAudioUrl(
  episode: AudioSource,
  template: string | undefined,
  base: string,
): string | null {
  const values: Record<string, string> = {
    id: episode.id,
    slug: episode.slug,
    show: episode.show ?? '',
  }
  const url =
    episode.audioUrl ??
    template?.replace(/\{(id|slug|show)\}/g, (_, key: string) =>
      encodeURIComponent(values[key] ?? ''),
    )
  return url === undefined ? null : withBase(url, base)
}

/** `https://cdn.example.com/a.mp3` → `https://cdn.example.com`; null for relative URLs. */
export function originOf(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

const SAFE_LINK = /^https?:\/\/[^\s/?#]+[^\s]*$/i

/** Only http(s) links may reach a page; anything else (javascript:, data:, …) is refused. */
export const isSafeLink = (url: string): boolean => SAFE_LINK.test(url)
