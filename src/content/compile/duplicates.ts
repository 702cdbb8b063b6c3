import { readFileSync } from 'node:fs'
import type { ContentProblem } from '../read/problems.ts'
import { decodeSource, splitFrontMatter } from '../read/source-text.ts'
import { type Position, YamlLocator } from '../read/yaml/yaml-locator.ts'

/** What the duplicate check keeps of a valid episode file. */
export interface EpisodeIdentity {
  file: string
  slug: string
  id: string
  /** Called only when the file turns out to share its slug or id. */
  locate: (field: 'slug' | 'id') => Position
}

/**
 * Where a field of an episode file is, read again from the file: clashes are
 * rare, so no position is kept for the files that have none.
 */
export function locateInFile(path: string, field: string): Position {
  try {
    const decoded = decodeSource(readFileSync(path))
    const source = 'text' in decoded ? splitFrontMatter(decoded.text) : null
    if (source && 'yaml' in source) {
      return new YamlLocator(source.yaml, source.yamlLine).locate([field])
    }
  } catch {
    // Gone or unreadable since it was compiled: the start of the file still names it.
  }
  return { line: 1, column: 1 }
}

/**
 * One error per file that shares a slug or an id with another, naming the
 * other places, so that each of them can be found from the report.
 */
export function findDuplicates(episodes: readonly EpisodeIdentity[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const field of ['slug', 'id'] as const) {
    const groups = new Map<string, EpisodeIdentity[]>()
    for (const episode of episodes) {
      const value = episode[field]
      const group = groups.get(value)
      if (group) group.push(episode)
      else groups.set(value, [episode])
    }
    for (const [value, group] of groups) {
      if (group.length < 2) continue
      const places = group.map((episode) => {
        const { line, column } = episode.locate(field)
        return { episode, line, column, label: `${episode.file}:${line}:${column}` }
      })
      for (const place of places) {
        const others = places.filter((other) => other !== place).map((other) => other.label)
        problems.push({
          severity: 'error',
          file: place.episode.file,
          line: place.line,
          column: place.column,
          field,
          message: `${field} "${value}" is also used by ${others.join(', ')}: every episode needs its own ${field}`,
        })
      }
    }
  }
  return problems
}
