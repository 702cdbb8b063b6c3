import { expectHydrated } from './support/hydration.ts'
import { watchLayoutShift } from './support/layout-shift.ts'
import { seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// Every kind of page, prerendered, then taken over by the app: nothing may move.
const pages = [
  { kind: 'home', path: '/' },
  { kind: 'episode', path: `/episodes/${seedEpisode.slug}` },
  { kind: 'show', path: '/shows/edge-of-the-stack' },
  { kind: 'person', path: '/people/ada-quillfeather' },
  { kind: 'technology', path: '/technologies/rust' },
  { kind: 'not found', path: '/no-such-page' },
]

for (const width of [360, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })

    for (const { kind, path } of pages) {
      test(`taking over the ${kind} page shifts nothing (CLS ≤ 0.02)`, async ({ page }) => {
        const layoutShift = await watchLayoutShift(page)
        await page.goto(path)
        await expectHydrated(page)
        // Measured cards are placed by the window list: the step after which nothing moves.
        if (kind === 'home') {
          await expect(page.getByRole('list', { name: 'Episodes' })).toHaveClass('relative')
        }
        // The theme switch shows the remembered choice once the app runs: the last change.
        await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute(
          'aria-pressed',
          'true',
        )
        const shift = await layoutShift()
        console.log(`CLS, ${kind} page at ${width} px: ${shift.toFixed(4)}`)
        expect(shift).toBeLessThanOrEqual(0.02)
      })
    }
  })
}

test.describe('with Dark remembered, at 390 px', () => {
  test.use({ viewport: { width: 390, height: 800 } })

  for (const { kind, path } of pages.slice(0, 2)) {
    test(`taking over the ${kind} page shifts nothing`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('podcast-player:theme', 'dark'))
      const layoutShift = await watchLayoutShift(page)
      await page.goto(path)
      await expectHydrated(page)
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      expect(await layoutShift()).toBeLessThanOrEqual(0.02)
    })
  }
})
