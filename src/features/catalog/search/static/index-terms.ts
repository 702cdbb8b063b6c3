import MiniSearch from 'minisearch'

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null

/** A word of a text as the index keeps it, with where it stands in the text. */
export interface PlacedTerm {
  term: string
  start: number
  end: number
}

/**
 * The words of a text as MiniSearch splits and normalises them (the same at
 * build and at query time), each with its place in the text, for highlights.
 */
export function placedTerms(text: string): PlacedTerm[] {
  const placed: PlacedTerm[] = []
  let cursor = 0
  for (const token of tokenize(text)) {
    if (token === '') continue
    const start = text.indexOf(token, cursor)
    if (start < 0) continue
    cursor = start + token.length
    const term = processTerm(token)
    if (term) placed.push({ term, start, end: cursor })
  }
  return placed
}

/** The words of a text as the index keeps them. */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) {
    const term = token === '' ? null : processTerm(token)
    if (term) terms.push(term)
  }
  return terms
}

/** The shard a term lives in: its first two characters (a typo there changes the shard). */
export function shardKey(term: string): string {
  return [...term].slice(0, 2).join('')
}
