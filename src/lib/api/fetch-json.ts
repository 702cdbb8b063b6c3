/** Raised when a data document does not exist, so pages can show "not found" instead of an error. */
export class NotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`)
    this.name = 'NotFoundError'
  }
}

export const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`

/**
 * Fetches one of the compiled JSON documents. A static host's HTML fallback
 * (served with 200 for any path) counts as "not found", not as broken JSON.
 */
export function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return fetchJsonAt<T>(dataUrl(path), signal)
}

/** Like `fetchJson`, for a document named by its full URL (as documents name each other). */
export async function fetchJsonAt<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, signal ? { signal } : {})
  const type = response.headers.get('content-type') ?? ''
  if (response.status === 404 || (response.ok && !type.includes('json'))) {
    throw new NotFoundError(url)
  }
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}`)
  return (await response.json()) as T
}
