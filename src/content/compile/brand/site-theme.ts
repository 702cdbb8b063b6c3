import type { ThemeConfig } from '../schema.ts'
import { artworkColour } from './artwork-colour.ts'
import { artworkPixels } from './artwork-pixels.ts'
import { neutralRamp, type ThemeColours, themeColours } from './theme-palette.ts'

/** Where an accent came from, for the build log and the tests. */
export type AccentSource = 'theme' | 'artwork' | 'default'

export interface BrandColours {
  source: AccentSource
  /** The colour before any adjustment. */
  given: string
  colours: ThemeColours
}

export interface SiteTheme {
  site: BrandColours
  /** Shows whose accent differs from the site's, by slug. */
  shows: Map<string, BrandColours>
}

export interface ShowBrand {
  slug: string
  theme: ThemeConfig | undefined
  /** The artwork file's bytes, when the build publishes it. */
  artwork: Uint8Array | null
}

/** The sky blue the site wore before it had a brand. */
export const DEFAULT_ACCENT = '#0369a1'

async function accentOf(
  theme: ThemeConfig | undefined,
  artwork: Uint8Array | null,
): Promise<{ source: AccentSource; given: string; dark: string | null } | null> {
  if (theme?.accent) return { source: 'theme', given: theme.accent, dark: theme.accentDark ?? null }
  const pixels = artwork && (await artworkPixels(artwork))
  if (!pixels) return null
  return { source: 'artwork', given: artworkColour(pixels), dark: theme?.accentDark ?? null }
}

/**
 * The site's accent (site.yaml `theme`, else the main show's artwork, else the default)
 * and each show's (its own `theme`, else its artwork), all readable on the site's
 * backgrounds. `shows` comes main show first.
 */
export async function siteTheme(
  theme: ThemeConfig | undefined,
  shows: readonly ShowBrand[],
): Promise<SiteTheme> {
  const found = new Map<string, Awaited<ReturnType<typeof accentOf>>>()
  for (const show of shows) found.set(show.slug, await accentOf(show.theme, show.artwork))
  const main = shows[0] ? found.get(shows[0].slug) : null
  const own = theme?.accent
    ? { source: 'theme' as const, given: theme.accent, dark: theme.accentDark ?? null }
    : null
  const chosen = own ?? main ?? { source: 'default' as const, given: DEFAULT_ACCENT, dark: null }
  const ramp = neutralRamp(chosen.given)
  const site: BrandColours = {
    source: chosen.source,
    given: chosen.given,
    colours: themeColours(chosen.given, theme?.accentDark ?? chosen.dark, ramp),
  }
  const byShow = new Map<string, BrandColours>()
  for (const [slug, accent] of found) {
    if (!accent) continue
    const colours = themeColours(accent.given, accent.dark, ramp)
    byShow.set(slug, { source: accent.source, given: accent.given, colours })
  }
  return { site, shows: byShow }
}
