import type { QueryClient, QueryKey } from '@tanstack/react-query'

/** Id of the `<script type="application/json">` that carries a prerendered page's data. */
export const PAGE_DATA_ID = 'page-data'

/** What a prerendered page was rendered from: its address and the documents it showed. */
export interface PageData {
  /** The page's path, base included. */
  path: string
  queries: Array<[key: QueryKey, data: unknown]>
}

/** The embedded data of a prerendered page, or null (dev server, or not readable). */
export function readPageData(document: Document): PageData | null {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent
  if (!text) return null
  try {
    const data = JSON.parse(text) as PageData
    return typeof data.path === 'string' && Array.isArray(data.queries) ? data : null
  } catch {
    return null
  }
}

/** Puts the page's documents in the cache, so that rendering it fetches nothing. */
export function seedQueries(client: QueryClient, data: PageData): void {
  for (const [key, value] of data.queries) client.setQueryData(key, value)
}
