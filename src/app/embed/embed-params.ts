import { parseTimeParam } from '../../features/player/lib/time.ts'

export type EmbedTheme = 'light' | 'dark' | 'auto'

export interface EmbedParams {
  /** `?t=`: where to cue the episode, in seconds (the site's formats), or null. */
  start: number | null
  theme: EmbedTheme
  /** `?chapters=open`: the chapter list shows from the start. */
  chaptersOpen: boolean
}

const themes: readonly string[] = ['light', 'dark', 'auto']

/** Reads the embed's query string; unknown parameters and values are ignored. */
export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search)
  const theme = params.get('theme')
  return {
    start: parseTimeParam(params.get('t')),
    theme: theme !== null && themes.includes(theme) ? (theme as EmbedTheme) : 'auto',
    chaptersOpen: params.get('chapters') === 'open',
  }
}

/** The episode slug of `/embed/<slug>` (optionally `/`, `/index.html`) under `base`, or null. */
export function embedSlugFromPath(pathname: string, base: string): string | null {
  const prefix = base.endsWith('/') ? base : `${base}/`
  if (!pathname.startsWith(prefix)) return null
  const match = /^embed\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(?:index\.html)?)?$/.exec(
    pathname.slice(prefix.length),
  )
  return match?.[1] ?? null
}
