/** Fetches a part of the static index by its path: from the network, or from memory in tests. */
export type FetchPart = (path: string) => Promise<ArrayBuffer | string>

export interface PartCache {
  /** The part at `path`, decoded once: later calls share the first fetch. */
  load<T>(path: string, decode: (raw: ArrayBuffer | string) => T): Promise<T>
}

export function createPartCache(fetchPart: FetchPart): PartCache {
  const parts = new Map<string, Promise<unknown>>()
  return {
    load<T>(path: string, decode: (raw: ArrayBuffer | string) => T): Promise<T> {
      let part = parts.get(path) as Promise<T> | undefined
      if (!part) {
        part = fetchPart(path).then(decode)
        // A failed fetch is forgotten, so that the next query tries again.
        part.catch(() => parts.delete(path))
        parts.set(path, part)
      }
      return part
    },
  }
}

export function asText(raw: ArrayBuffer | string): string {
  return typeof raw === 'string' ? raw : new TextDecoder().decode(raw)
}

export function asBytes(raw: ArrayBuffer | string): Uint8Array {
  if (typeof raw === 'string') throw new Error('expected a binary part of the browse index')
  return new Uint8Array(raw)
}
