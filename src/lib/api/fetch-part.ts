import { NotFoundError } from './fetch-json.ts'

/** The URL of a part of a static index, named by its path under the site's root. */
export const partUrl = (path: string): string => `${import.meta.env.BASE_URL}${path}`

/**
 * Fetches one part of a static index (`data/browse/…`, `data/search/…`): a
 * `.json` part as text, any other as bytes. A missing part, or a static host's
 * HTML fallback served in its place, is "not found".
 */
export async function fetchPart(path: string): Promise<ArrayBuffer | string> {
  const url = partUrl(path)
  const response = await fetch(url)
  const type = response.headers.get('content-type') ?? ''
  const json = path.endsWith('.json')
  if (
    response.status === 404 ||
    (response.ok && (json ? !type.includes('json') : type.includes('html')))
  ) {
    throw new NotFoundError(url)
  }
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}`)
  return json ? response.text() : response.arrayBuffer()
}
