import { buildOf, partPathIn } from '../static-index/part-builds.ts'
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

/** The build the entry part at `entry` names now, bypassing every cache; null when unknown. */
async function liveBuild(entry: string): Promise<string | null> {
  try {
    const response = await fetch(partUrl(entry), { cache: 'no-store' })
    return response.ok ? buildOf(await response.text()) : null
  } catch {
    return null
  }
}

/**
 * Fetches a part of the build `build` (named by the index's entry part at
 * `entry`). When the part is gone because a newer build has replaced that one
 * (a page left open across a deploy), the page reloads onto the new build
 * rather than mix the two.
 */
export async function fetchBuildPart(
  path: string,
  build: string,
  entry: string,
): Promise<ArrayBuffer | string> {
  try {
    return await fetchPart(partPathIn(path, build))
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error
    const live = await liveBuild(entry)
    if (live === null || live === build) throw error
    window.location.reload()
    // The page is going away: nothing waits on this part any more.
    return new Promise<never>(() => {})
  }
}
