import type { Page } from '@playwright/test'

/** Cumulative layout shift since navigation, as Chromium reports it. */
export async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const scope = window as unknown as { layoutShift: number }
    scope.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & Record<string, unknown>>) {
        if (!entry.hadRecentInput) scope.layoutShift += Number(entry.value)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve((window as unknown as { layoutShift: number }).layoutShift),
            ),
          ),
        ),
    )
}
