import type { Page } from '@playwright/test'

/** Requests matching `url` wait, counted, until `release()` lets them all through. */
export async function holdRequests(page: Page, url: RegExp) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const gate = { held: 0, release }
  await page.route(url, async (route) => {
    gate.held += 1
    await released
    await route.fallback()
  })
  return gate
}
