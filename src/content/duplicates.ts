import type { ContentProblem } from './problems.ts'
import type { YamlLocator } from './yaml-locator.ts'

/** What the duplicate check keeps of a valid episode file. */
export interface EpisodeIdentity {
  file: string
  slug: string
  id: string
  /** Used only when the file turns out to share its slug or id. */
  locator: YamlLocator
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
        const { line, column } = episode.locator.locate([field])
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
