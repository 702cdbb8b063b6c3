import { readFile } from 'node:fs/promises'
import { ImportError } from './import-error.ts'

/** Remote files (feed, chapters, artwork) get this long before the import gives up on them. */
const TIMEOUT_MS = 20_000

export const isRemote = (source: string): boolean => /^https?:\/\//i.test(source)

async function download(url: string): Promise<Response> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' })
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`)
  return response
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** A remote file's bytes and type; throws with a message saying what failed. */
export async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; type: string }> {
  const response = await download(url)
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    type: response.headers.get('content-type') ?? '',
  }
}

export async function fetchText(url: string): Promise<string> {
  return (await download(url)).text()
}

/** The feed's text, from a URL or a file; an ImportError that names the source when it fails. */
export async function loadFeedText(source: string): Promise<string> {
  try {
    return isRemote(source) ? await fetchText(source) : await readFile(source, 'utf8')
  } catch (error) {
    const what = isRemote(source) ? 'downloaded' : 'read'
    throw new ImportError(
      `${source} could not be ${what} (${reason(error)}): check the address or the file name; nothing was written`,
    )
  }
}

export { reason as failureReason }
