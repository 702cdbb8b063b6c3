import type { Page } from '@playwright/test'
import { audioPlayer } from './support/pages.ts'
import { expect } from './support/test.ts'

export const tiny = { title: 'Tiny Databases, Big Ideas', listedOn: '/technologies/sqlite' }
export const rust = { title: 'Rust Command-Line Tools That Spark Joy' }
export const wasm = { title: 'WebAssembly Outside the Browser' }
export const ebpf = { title: 'eBPF for the Curious' }
/** A listing page that shows the rust, wasm and ebpf cards (the home list is windowed). */
export const rustPath = '/technologies/rust'
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const upNext = (page: Page) => audioPlayer(page).getByRole('list', { name: 'Up next' })
export const queueButton = (page: Page, name: string) =>
  upNext(page).getByRole('button', { name, exact: true })

export async function addFromCard(page: Page, title: string) {
  await page
    .getByRole('main')
    .getByRole('button', { name: `Add ${title} to queue` })
    .click()
  await expect(
    page.getByRole('main').getByRole('button', { name: `Remove ${title} from queue` }),
  ).toBeVisible()
}

export async function openQueue(page: Page) {
  await audioPlayer(page)
    .getByRole('button', { name: /^Up next/ })
    .click()
  await expect(upNext(page)).toBeVisible()
}

export const expectOrder = (page: Page, titles: string[]) =>
  expect(upNext(page).getByRole('listitem')).toHaveText(
    titles.map((title) => new RegExp(`^${escaped(title)}`)),
  )
