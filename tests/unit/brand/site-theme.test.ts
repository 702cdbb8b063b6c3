import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ACCENT, siteTheme } from '../../../src/content/compile/brand/site-theme.ts'
import { themeCss } from '../../../src/content/publish/brand/theme-css.ts'

/** A 64 × 64 PNG of one colour. */
const artwork = (r: number, g: number, b: number) =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer()

describe('siteTheme', () => {
  it("takes the site's accent from site.yaml, and each show's from its entry or its artwork", async () => {
    const theme = await siteTheme({ accent: '#6d28d9' }, [
      { slug: 'main', theme: undefined, artwork: await artwork(234, 88, 12) },
      { slug: 'own', theme: { accent: '#0f766e' }, artwork: null },
      { slug: 'bare', theme: undefined, artwork: null },
    ])
    expect(theme.site).toMatchObject({ source: 'theme', given: '#6d28d9' })
    expect(theme.shows.get('main')).toMatchObject({ source: 'artwork', given: '#ea580c' })
    expect(theme.shows.get('main')?.colours.light.accent).toBe('#bf4400')
    expect(theme.shows.get('own')).toMatchObject({ source: 'theme', given: '#0f766e' })
    expect(theme.shows.has('bare')).toBe(false)
  })

  it("derives the site's accent from the main show's artwork, else uses the default", async () => {
    const derived = await siteTheme(undefined, [
      { slug: 'main', theme: undefined, artwork: await artwork(37, 99, 235) },
    ])
    expect(derived.site).toMatchObject({ source: 'artwork', given: '#2563eb' })
    const bare = await siteTheme(undefined, [
      { slug: 'main', theme: undefined, artwork: Uint8Array.from([1, 2, 3]) },
    ])
    expect(bare.site).toMatchObject({ source: 'default', given: DEFAULT_ACCENT })
  })

  it('writes the accents as custom properties for both themes, the chosen and the system one', async () => {
    const css = themeCss(
      await siteTheme({ accent: '#6d28d9' }, [
        { slug: 'own', theme: { accent: '#0f766e' }, artwork: null },
      ]),
    )
    expect(css).toContain(':root{--color-accent:#6d28d9;')
    expect(css).toContain('[data-accent="own"]{--color-accent:#0f766e;')
    expect(css).toContain(':root[data-theme="dark"] [data-accent="own"]{--color-accent:#4ba49b;')
    expect(css).toContain(
      '@media (prefers-color-scheme:dark){:root:not([data-theme="light"]) [data-accent="own"]{',
    )
  })
})
