import type { SyntheticIndexInput } from './synthetic-index-input.ts'

export interface BenchQuery {
  kind: string
  /** What is typed: one search, or the letters of one, keystroke by keystroke. */
  keystrokes: string[]
}

const typed = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1))

/** Fifty searches (38 queries, two words typed letter by letter) of the kinds listeners type, drawn from the synthetic catalog's words. */
export function benchQueries({
  registries,
  writtenTail,
  spokenTail,
}: SyntheticIndexInput): BenchQuery[] {
  const one = (kind: string, query: string): BenchQuery => ({ kind, keystrokes: [query] })
  const person = (index: number) => registries.people[index]?.name ?? ''
  const common =
    'cluster pipeline resilient kernel migration observable team release scheduler benchmark'
  const several = [
    'immutable cluster',
    'resilient kernel migration',
    'quiet pipeline',
    'friendly operator rollout',
    'secure registry',
    'patient maintainer community',
    `${person(3).split(' ')[0]} kernel`,
    'stateless cache budget',
    'declarative rollout',
    'lean sandbox',
  ]
  return [
    ...common.split(' ').map((word) => one('common word', word)),
    ...[10, 100, 300, 600, 1000, 1500, 2000, 2400].map((rank) =>
      one('rare word', writtenTail[rank] ?? ''),
    ),
    ...[0, 20, 100, 400].map((rank) => one('transcript-only word', spokenTail[rank] ?? '')),
    ...[0, 7, 300, 1500].map((index) => one('guest name', person(index))),
    one('guest name', person(42).split(' ')[1] ?? ''),
    one('guest name', person(0).split(' ')[0] ?? ''),
    ...several.map((query) => one('several words', query)),
    { kind: 'prefix typed', keystrokes: typed('observ') },
    { kind: 'prefix typed', keystrokes: typed('migrat') },
  ]
}
