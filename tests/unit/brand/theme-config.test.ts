import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../../src/content/compile/compile-catalog.ts'
import { episode, fileIn, writeCatalog } from '../content/support/temp-catalog.ts'

describe('theme in site.yaml and show entries', () => {
  it('reports a colour that is not hex at its line, and says how to write one', async () => {
    const dir = writeCatalog({
      'site.yaml': 'title: Site\ntheme:\n  accent: purple\n',
      'shows.yaml': 'alpha:\n  name: Alpha\n  theme:\n    accentDark: "#12"\n',
      'ep.md': episode({ show: 'alpha' }),
    })
    const result = await compileCatalog({ dir, includeScheduled: false })
    expect(result.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      [fileIn(dir, 'shows.yaml'), 4, 'alpha.theme.accentDark', 'error'],
      [fileIn(dir, 'site.yaml'), 3, 'theme.accent', 'error'],
    ])
    expect(result.problems[1]?.message).toMatch(/must be a hex colour such as "#7c3aed"/)
  })

  it("compiles the site's and the shows' accents", async () => {
    const dir = writeCatalog({
      'site.yaml': 'title: Site\ntheme:\n  accent: "#6D28D9"\n',
      'shows.yaml': 'alpha:\n  name: Alpha\n  theme: { accent: "#0f766e" }\n',
      'ep.md': episode({ show: 'alpha' }),
    })
    const { theme, problems } = await compileCatalog({ dir, includeScheduled: false })
    expect(problems).toEqual([])
    expect(theme.site.colours.light.accent).toBe('#6d28d9')
    expect(theme.shows.get('alpha')?.colours.light.accent).toBe('#0f766e')
  })
})
