import type { IndexMeta } from './index-layout.ts'

/**
 * The shards a query word reads: the one it would live in (the longest key it
 * starts with) and, for a prefix of two letters or more, those of the words
 * it starts (keys that start with it).
 */
export function shardsFor(term: string, keys: IndexMeta['shards']): string[] {
  let home = ''
  const extending: string[] = []
  for (const key of keys) {
    if (term.startsWith(key) && key.length > home.length) home = key
    else if (term.length >= 2 && key.startsWith(term)) extending.push(key)
  }
  return home === '' ? extending : [home, ...extending.filter((key) => key !== home)]
}
