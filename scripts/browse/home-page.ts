/** What the browsing benchmark reads from the home page and acts on: words, filter options, the search box. */
import type { Page } from '@playwright/test'

/**
 * Words to search for, from the titles of the episodes the home page's HTML
 * carries: the longest word of each title, one a shard (first two letters)
 * where they allow.
 */
export async function titleWords(url: string, count: number): Promise<string[]> {
  const html = await (await fetch(url)).text()
  const titles = [...html.matchAll(/<article[\s\S]*?<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) =>
    (match[1] ?? '').replace(/<[^>]*>|&[#\w]+;/g, ' '),
  )
  const longest = titles.map(
    (title) =>
      title
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((word) => word.length >= 5)
        .sort((a, b) => b.length - a.length)[0] ?? '',
  )
  const words: string[] = []
  for (const word of longest) {
    if (word && !words.some((other) => other.slice(0, 2) === word.slice(0, 2))) words.push(word)
  }
  for (const word of longest) if (word && !words.includes(word)) words.push(word)
  return words.slice(0, count)
}

export interface PanelOption {
  name: string
  count: number
}

/** The options a filter group shows, with their counts. */
export function panelOptions(page: Page, legend: string): Promise<PanelOption[]> {
  return page
    .getByRole('group', { name: legend })
    .locator('label:has(input[type="checkbox"])')
    .evaluateAll((labels) =>
      labels.map((label) => {
        const [name, count] = label.querySelectorAll('span')
        return {
          name: name?.textContent ?? '',
          count: Number((count?.textContent ?? '').replace(/\D/g, '')),
        }
      }),
    )
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An option's checkbox, by the option's name (its label also holds its count). */
export const optionBox = (page: Page, legend: string, name: string) =>
  page
    .getByRole('group', { name: legend })
    .getByRole('checkbox', { name: new RegExp(`^${escaped(name)}\\s*\\(`) })

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search episodes' })
