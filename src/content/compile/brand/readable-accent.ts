import { clampChroma, converter, formatHex, type Oklch, wcagContrast } from 'culori'

const toOklch = converter('oklch')

/** WCAG AA for normal text; focus rings and control outlines need 3:1, so text is the bar. */
export const AA_TEXT = 4.5

/** Hex of an OKLCH colour, its chroma reduced until it fits in sRGB. */
export function oklchHex(l: number, c: number, h: number): string {
  return formatHex(clampChroma({ mode: 'oklch', l, c, h }, 'oklch'))
}

/** The colour as OKLCH; an achromatic colour gets hue 0. */
export function oklchOf(colour: string): Required<Omit<Oklch, 'alpha'>> {
  const value = toOklch(colour)
  if (!value) throw new Error(`"${colour}" is not a colour`)
  return { mode: 'oklch', l: value.l, c: value.c, h: value.h ?? 0 }
}

/** The lowest contrast of the colour with any of the backgrounds. */
export function worstContrast(colour: string, backgrounds: readonly string[]): number {
  return Math.min(...backgrounds.map((background) => wcagContrast(colour, background)))
}

/**
 * The colour, or the nearest one of its hue and chroma that reaches `ratio` against
 * every background: made darker for light backgrounds, lighter for dark ones, in
 * steps of 0.5 % OKLCH lightness. A colour that already reads is returned as given.
 */
export function readableAccent(
  colour: string,
  backgrounds: readonly string[],
  direction: 'darker' | 'lighter',
  ratio = AA_TEXT,
): string {
  const start = oklchOf(colour)
  const given = formatHex(colour)
  if (given && worstContrast(given, backgrounds) >= ratio) return given
  const step = direction === 'darker' ? -0.005 : 0.005
  for (let l = start.l; l >= 0 && l <= 1; l += step) {
    const candidate = oklchHex(l, start.c, start.h)
    if (worstContrast(candidate, backgrounds) >= ratio) return candidate
  }
  return direction === 'darker' ? '#000000' : '#ffffff'
}
