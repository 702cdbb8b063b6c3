import { wcagContrast } from 'culori'
import { describe, expect, it } from 'vitest'
import { readableAccent } from '../../../src/content/compile/brand/readable-accent.ts'
import { neutralRamp, themeColours } from '../../../src/content/compile/brand/theme-palette.ts'

describe('readableAccent', () => {
  it('keeps a colour that already reads on every background', () => {
    expect(readableAccent('#6d28d9', ['#ffffff', '#f8fafc'], 'darker')).toBe('#6d28d9')
  })

  it('darkens a light colour for light backgrounds, keeping its hue', () => {
    const accent = readableAccent('#fde047', ['#ffffff'], 'darker')
    expect(accent).toBe('#887600')
    expect(wcagContrast(accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('lightens a dark colour for dark backgrounds', () => {
    const accent = readableAccent('#1e3a8a', ['#020617', '#0f172a'], 'lighter')
    expect(wcagContrast(accent, '#0f172a')).toBeGreaterThanOrEqual(4.5)
    expect(wcagContrast(accent, '#020617')).toBeGreaterThanOrEqual(4.5)
    expect(accent).toBe('#597dd3')
  })
})

describe('themeColours', () => {
  const cases: Array<[string, string, string]> = [
    // given, light accent, dark accent
    ['#7c3aed', '#7c3aed', '#9f7dff'],
    ['#0ea5e9', '#0075a8', '#0ea5e9'],
    ['#fafafc', '#6d6d6f', '#fafafc'],
    ['#0a0a0c', '#0a0a0c', '#959598'],
    ['#808080', '#6d6d6d', '#959595'],
  ]
  it.each(cases)('%s gives %s on light and %s on dark', (given, light, dark) => {
    const colours = themeColours(given, null)
    expect(colours.light.accent).toBe(light)
    expect(colours.dark.accent).toBe(dark)
  })

  it.each(cases)('%s reads as text and under text in both themes', (given) => {
    const { ramp, light, dark } = themeColours(given, null)
    for (const background of ['#ffffff', ramp.get(50), ramp.get(100), light.accentSoft]) {
      expect(wcagContrast(light.accent, background ?? '')).toBeGreaterThanOrEqual(4.5)
    }
    for (const background of [ramp.get(950), ramp.get(900), ramp.get(800), dark.accentSoft]) {
      expect(wcagContrast(dark.accent, background ?? '')).toBeGreaterThanOrEqual(4.5)
    }
    expect(wcagContrast(light.onAccent, light.accentStrong)).toBeGreaterThanOrEqual(4.5)
    expect(wcagContrast(dark.onAccent, dark.accentStrong)).toBeGreaterThanOrEqual(4.5)
  })

  it('uses accentDark in the dark theme, adjusted the same way', () => {
    const colours = themeColours('#6d28d9', '#c4b5fd')
    expect(colours.light.accent).toBe('#6d28d9')
    expect(colours.dark.accent).toBe('#c4b5fd')
  })

  it("turns the neutrals to the accent's hue, and leaves them slate for a grey accent", () => {
    expect(neutralRamp('#6d28d9').get(950)).toBe('#080416')
    expect(neutralRamp('#808080').get(950)).toBe('#020618')
  })
})
