/** The bits of `Storage` the player uses; injectable for tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** `localStorage`, or null where reading it throws (privacy modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** Parsed JSON under `key`, or undefined when missing, unreadable or not JSON. */
export function readJson(storage: KeyValueStorage | null, key: string): unknown {
  try {
    const text = storage?.getItem(key)
    return text == null ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

/** Writes JSON; a full quota or a refusing browser only means the value is not remembered. */
export function writeJson(storage: KeyValueStorage | null, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value))
    return storage != null
  } catch {
    return false
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const finiteIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
