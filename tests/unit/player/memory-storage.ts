import type { KeyValueStorage } from '../../../src/features/player/store/safe-storage.ts'

export function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const storage: KeyValueStorage & { values: Map<string, string> } = {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  }
  return storage
}

/** Storage that refuses every write, like a full quota. */
export const fullStorage = (initial: Record<string, string> = {}): KeyValueStorage => ({
  getItem: (key) => initial[key] ?? null,
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  },
})
