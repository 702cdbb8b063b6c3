import type { ContentProblem } from '../read/problems.ts'
import { decodeSource, splitFrontMatter } from '../read/source-text.ts'
import { parseYaml } from '../read/yaml/parse-yaml.ts'
import type { YamlLocator } from '../read/yaml/yaml-locator.ts'
import { withoutEmptyOptionals } from './empty-optionals.ts'
import { type EpisodeFrontMatter, episodeSchema } from './schema.ts'
import { issuesToProblems } from './zod-problems.ts'

/** One episode file that passed validation. */
export interface ParsedEpisode {
  file: string
  data: EpisodeFrontMatter
  /** Markdown show notes. */
  body: string
  /** Positions of its YAML nodes, for problems found later (duplicates, references). */
  locator: YamlLocator
}

export interface EpisodeFileResult {
  episode: ParsedEpisode | null
  problems: ContentProblem[]
}

const error = (
  file: string,
  problem: Omit<ContentProblem, 'severity' | 'file'>,
): EpisodeFileResult => ({ episode: null, problems: [{ severity: 'error', file, ...problem }] })

/** Reads one episode file's bytes into validated front-matter, or every problem it has. */
export function parseEpisodeFile(bytes: Uint8Array, file: string): EpisodeFileResult {
  const decoded = decodeSource(bytes)
  if ('reason' in decoded) {
    const { line, column, message } = decoded
    return error(file, { line, column, field: '(file)', message })
  }
  const source = splitFrontMatter(decoded.text)
  if ('reason' in source) {
    const { line, column, message } = source
    return error(file, { line, column, field: 'front-matter', message })
  }
  const parsed = parseYaml(source.yaml, source.yamlLine)
  if (!parsed.ok) {
    return {
      episode: null,
      problems: parsed.problems.map((p) => ({ severity: 'error', file, ...p })),
    }
  }
  const { data, locator } = parsed
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return error(file, {
      ...locator.start,
      field: 'front-matter',
      message:
        data === null || data === undefined
          ? 'the front-matter is empty: add the fields id, slug, title, description, publishedAt and duration'
          : 'the front-matter must be a mapping of fields, such as `title: My episode` on each line',
    })
  }
  const result = episodeSchema.safeParse(withoutEmptyOptionals(episodeSchema, data))
  if (!result.success) {
    return { episode: null, problems: issuesToProblems(result.error.issues, data, locator, file) }
  }
  return { episode: { file, data: result.data, body: source.body, locator }, problems: [] }
}
