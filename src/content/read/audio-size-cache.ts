import { readFile, writeFile } from 'node:fs/promises'

/**
 * Audio sizes the build learnt from audio hosts, kept in a file beside the
 * catalog so that later builds need not ask again (publishers commit it).
 * Keys are sorted so that the file only changes when a size does.
 */
export const AUDIO_SIZE_CACHE = 'audio-sizes.json'

export async function readSizeCache(path: string): Promise<Map<string, number>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return new Map()
  }
  try {
    const data = JSON.parse(text) as unknown
    if (!data || typeof data !== 'object' || Array.isArray(data)) return new Map()
    return new Map(
      Object.entries(data).filter(
        (entry): entry is [string, number] =>
          Number.isSafeInteger(entry[1]) && (entry[1] as number) > 0,
      ),
    )
  } catch {
    // A broken cache is only a cache: the sizes will be asked for again.
    return new Map()
  }
}

export async function writeSizeCache(path: string, sizes: ReadonlyMap<string, number>) {
  const sorted = [...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  await writeFile(path, `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`)
}
