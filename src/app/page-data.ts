import type { QueryClient, QueryKey } from '@tanstack/react-query'

/** Id of the `<script type="application/json">` that carries a prerendered page's data. */
export const PAGE_DATA_ID = 'page-data'

/** What a prerendered page was rendered from: its address and the documents it showed. */
export interface PageData {
  /** The page's path, base included. */
  path: string
  queries: Array<[key: QueryKey, data: unknown]>
  /**
   * Documents the page shows but does not carry, by the URL the app fetches them
   * from before taking the page over: a transcript, already in the page as HTML,
   * would otherwise be in it twice.
   */
  fetched?: Array<[key: QueryKey, url: string]>
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

/**
 * Fetches the documents the page shows but does not carry into the cache, so that
 * the app takes the page over as it was drawn. Settles either way: a document that
 * fails to load is shown as failed, with its retry, once the app has the page.
 */
export function fetchPageQueries(
  client: QueryClient,
  data: PageData,
  fetchAt: (url: string, signal: AbortSignal) => Promise<unknown>,
): Promise<void> {
  const fetched = (data.fetched ?? []).map(([queryKey, url]) =>
    client.prefetchQuery({
      queryKey,
      queryFn: ({ signal }) => fetchAt(url, signal),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
  )
  return Promise.all(fetched).then(() => undefined)
}
