import { oklchHex, oklchOf, readableAccent } from './readable-accent.ts'

/** Tailwind's slate ramp (lightness, chroma): the neutrals, turned to the brand's hue. */
const SLATE: ReadonlyArray<readonly [shade: number, l: number, c: number, h: number]> = [
  [50, 0.984, 0.003, 247.858],
  [100, 0.968, 0.007, 247.896],
  [200, 0.929, 0.013, 255.508],
  [300, 0.869, 0.022, 252.894],
  [400, 0.704, 0.04, 256.788],
  [500, 0.554, 0.046, 257.417],
  [600, 0.446, 0.043, 257.281],
  [700, 0.372, 0.044, 257.287],
  [800, 0.279, 0.041, 260.031],
  [900, 0.208, 0.042, 265.755],
  [950, 0.129, 0.042, 264.695],
]

export type NeutralRamp = ReadonlyMap<number, string>

/**
 * Slate's lightness and chroma on the accent's hue, so that surfaces, borders and text
 * carry a hint of the brand; a grey accent keeps slate's own hue.
 */
export function neutralRamp(accent: string): NeutralRamp {
  const { c, h } = oklchOf(accent)
  return new Map(
    SLATE.map(([shade, l, chroma, hue]) => [shade, oklchHex(l, chroma, c >= 0.02 ? h : hue)]),
  )
}

const shade = (ramp: NeutralRamp, value: number) => ramp.get(value) ?? '#808080'

/** What the pages paint in the accent, for one theme. */
export interface AccentTokens {
  /** Links, focus rings, filled controls: reads on every background of the theme. */
  accent: string
  /** Hover and pressed: further from the background than `accent`. */
  accentStrong: string
  /** Text on a fill of `accent` or `accentStrong`. */
  onAccent: string
  /** A quiet tint behind current or selected items. */
  accentSoft: string
}

export interface ThemeColours {
  ramp: NeutralRamp
  light: AccentTokens
  dark: AccentTokens
}

function tokens(
  colour: string,
  backgrounds: string[],
  theme: 'light' | 'dark',
  onAccent: string,
): AccentTokens {
  const { c, h } = oklchOf(colour)
  const accentSoft =
    theme === 'light' ? oklchHex(0.955, Math.min(c, 0.03), h) : oklchHex(0.3, Math.min(c, 0.07), h)
  const direction = theme === 'light' ? 'darker' : 'lighter'
  const accent = readableAccent(colour, [...backgrounds, accentSoft, onAccent], direction)
  const { l } = oklchOf(accent)
  const strongL = theme === 'light' ? Math.max(0, l - 0.07) : Math.min(1, l + 0.07)
  return { accent, accentStrong: oklchHex(strongL, oklchOf(accent).c, h), onAccent, accentSoft }
}

/**
 * The accent for both themes, each adjusted until it reaches WCAG AA (4.5:1) on the
 * theme's page, card, hover and tint backgrounds, and against the text put on it.
 * `ramp` is the neutrals the backgrounds are made of (the site's, for a show's accent).
 */
export function themeColours(
  accent: string,
  accentDark: string | null,
  ramp: NeutralRamp = neutralRamp(accent),
): ThemeColours {
  const light = tokens(accent, ['#ffffff', shade(ramp, 50), shade(ramp, 100)], 'light', '#ffffff')
  const dark = tokens(
    accentDark ?? accent,
    [shade(ramp, 950), shade(ramp, 900), shade(ramp, 800)],
    'dark',
    shade(ramp, 950),
  )
  return { ramp, light, dark }
}
