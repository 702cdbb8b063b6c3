import type SearchableMap from 'minisearch/SearchableMap'

/** Typos forgiven for a word: none below five letters, one up to nine, then two. */
export function allowedTypos(term: string): number {
  if (term.length < 5) return 0
  return Math.min(2, Math.floor(term.length * 0.2))
}

/** Every indexed word a query word stands for: itself, words it starts, near misspellings. */
export function expand(words: SearchableMap<unknown>, term: string): Set<string> {
  const found = new Set<string>()
  if (words.has(term)) found.add(term)
  if (term.length >= 2) for (const [word] of words.atPrefix(term)) found.add(word)
  const typos = allowedTypos(term)
  if (typos > 0) for (const word of words.fuzzyGet(term, typos).keys()) found.add(word)
  return found
}
