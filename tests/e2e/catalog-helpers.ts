import type { Page } from '@playwright/test'
import { expect } from './support/test.ts'

/** Episode titles of the sample catalog (episodes/), newest first. */
export const titles = {
  edge: 'WebAssembly at the Edge',
  images: 'Shipping Immutable Images with Kairos',
  kairos: 'Navigating Kairos: Immutable Operating Systems with a Cloud Native Twist',
  ebpf: 'eBPF for the Curious',
  observability: 'Observability on a Shoestring',
  databases: 'Tiny Databases, Big Ideas',
  wasm: 'WebAssembly Outside the Browser',
  rust: 'Rust Command-Line Tools That Spark Joy',
}
export const allTitles = Object.values(titles)

export const resultList = (page: Page) => page.getByRole('list', { name: 'Episodes' })

/** Titles of the episode cards in the result list, top to bottom. */
export async function resultTitles(page: Page): Promise<string[]> {
  return resultList(page).getByRole('heading', { level: 2 }).allTextContents()
}

export const resultCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: /episodes?$/ })

export async function expectResults(page: Page, titles: string[]): Promise<void> {
  await expect(resultCount(page)).toHaveText(
    `${titles.length} ${titles.length === 1 ? 'episode' : 'episodes'}`,
  )
  await expect.poll(() => resultTitles(page)).toEqual(titles)
}

export const filterGroup = (page: Page, name: string) => page.getByRole('group', { name })
