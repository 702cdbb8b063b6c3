import type { SiteTheme } from '../../compile/brand/site-theme.ts'
import type { AccentTokens, ThemeColours } from '../../compile/brand/theme-palette.ts'

const declarations = (tokens: AccentTokens): string =>
  [
    `--color-accent:${tokens.accent}`,
    `--color-accent-strong:${tokens.accentStrong}`,
    `--color-on-accent:${tokens.onAccent}`,
    `--color-accent-soft:${tokens.accentSoft}`,
  ].join(';')

const DARK = ':root[data-theme="dark"]'
const SYSTEM_DARK = ':root:not([data-theme="light"])'

/** The rules that give `scope` its accent in both themes (the dark one chosen, or the system's). */
function accentRules(scope: string, colours: ThemeColours): string[] {
  const inside = (root: string) => (scope === ':root' ? root : `${root} ${scope}`)
  const dark = declarations(colours.dark)
  return [
    `${scope}{${declarations(colours.light)}}`,
    `${inside(DARK)}{${dark}}`,
    `@media (prefers-color-scheme:dark){${inside(SYSTEM_DARK)}{${dark}}}`,
  ]
}

/**
 * The brand as CSS custom properties (the Tailwind theme variables the components use):
 * the site's neutrals and accent on `:root`, each show's accent on `[data-accent="<slug>"]`.
 * Every value is a hex colour the build computed and every selector a slug: no text of
 * the catalog reaches the stylesheet as written.
 */
export function themeCss(theme: SiteTheme): string {
  const ramp = [...theme.site.colours.ramp]
    .map(([shade, hex]) => `--color-slate-${shade}:${hex}`)
    .join(';')
  const rules = [`:root{${ramp}}`, ...accentRules(':root', theme.site.colours)]
  for (const [slug, brand] of [...theme.shows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/^[a-z0-9-]+$/.test(slug)) continue
    rules.push(...accentRules(`[data-accent="${slug}"]`, brand.colours))
  }
  return `${rules.join('\n')}\n`
}
