import type { Page } from '@playwright/test'
import { expect } from './test.ts'

/** Waits until React has taken over the page's HTML (its root is attached to #root). */
export async function expectHydrated(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.getElementById('root')
        return root ? Object.keys(root).some((key) => key.startsWith('__reactContainer$')) : false
      }),
    )
    .toBe(true)
}

/** Paths of the data documents and of the HTML documents the page requests, as they happen. */
export function watchRequests(page: Page) {
  const data: string[] = []
  const documents: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (request.resourceType() === 'document') documents.push(pathname)
    else if (pathname.includes('/data/')) data.push(pathname)
  })
  return { data, documents }
}
