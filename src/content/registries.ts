import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { displayPath } from './display-path.ts'
import { parseYaml } from './parse-yaml.ts'
import type { ContentProblem } from './problems.ts'
import {
  type PersonEntry,
  peopleRegistrySchema,
  type ShowEntry,
  type SiteConfig,
  showRegistrySchema,
  siteSchema,
  type TechnologyEntry,
  technologyRegistrySchema,
} from './schema.ts'
import { decodeSource } from './source-text.ts'
import type { YamlLocator } from './yaml-locator.ts'
import { issuesToProblems } from './zod-problems.ts'

/**
 * A registry file's entries. `present: false` when the file does not exist, or
 * has errors (reported on their own): references to it then get derived names
 * without a warning each.
 */
export interface Registry<T> {
  present: boolean
  file: string
  entries: Map<string, T>
  locator: YamlLocator | null
}

export interface Registries {
  people: Registry<PersonEntry>
  technologies: Registry<TechnologyEntry>
  shows: Registry<ShowEntry>
  site: SiteConfig
  siteFile: string
  /** Every registry path, present or not, so that creating one is noticed. */
  files: string[]
  problems: ContentProblem[]
}

interface Loaded<T> {
  present: boolean
  file: string
  value: T | null
  locator: YamlLocator | null
  problems: ContentProblem[]
}

async function loadYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
): Promise<Loaded<z.output<S>>> {
  const file = displayPath(path)
  const absent = { present: false, file, value: null, locator: null, problems: [] }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // The catalog folder itself may be missing or a file: compileCatalog reports that.
    if (code === 'ENOENT' || code === 'ENOTDIR') return absent
    throw error
  }
  const fail = (problems: Array<Omit<ContentProblem, 'severity' | 'file'>>) => ({
    ...absent,
    problems: problems.map((p) => ({ severity: 'error' as const, file, ...p })),
  })
  const decoded = decodeSource(bytes)
  if ('reason' in decoded && decoded.reason !== 'empty') {
    const { line, column, message } = decoded
    return fail([{ line, column, message, field: '(file)' }])
  }
  const text = 'text' in decoded ? decoded.text : ''
  const parsed = parseYaml(text, 1)
  if (!parsed.ok) return fail(parsed.problems)
  // An empty file (or one with only comments) is an empty registry.
  const data = parsed.data ?? {}
  const result = schema.safeParse(data)
  if (!result.success) {
    return {
      ...fail(issuesToProblems(result.error.issues, data, parsed.locator, file)),
      locator: parsed.locator,
    }
  }
  return { present: true, file, value: result.data, locator: parsed.locator, problems: [] }
}

function toRegistry<T>(loaded: Loaded<Record<string, T>>): Registry<T> {
  return {
    present: loaded.present,
    file: loaded.file,
    entries: new Map(Object.entries(loaded.value ?? {})),
    locator: loaded.locator,
  }
}

/** Reads people.yaml, technologies.yaml, shows.yaml and site.yaml beside the episodes. */
export async function loadRegistries(dir: string): Promise<Registries> {
  const paths = ['people', 'technologies', 'shows', 'site'].map((name) => join(dir, `${name}.yaml`))
  const [peoplePath = '', technologiesPath = '', showsPath = '', sitePath = ''] = paths
  const [people, technologies, shows, site] = await Promise.all([
    loadYamlFile(peoplePath, peopleRegistrySchema),
    loadYamlFile(technologiesPath, technologyRegistrySchema),
    loadYamlFile(showsPath, showRegistrySchema),
    loadYamlFile(sitePath, siteSchema),
  ])
  return {
    people: toRegistry(people),
    technologies: toRegistry(technologies),
    shows: toRegistry(shows),
    site: site.value ?? siteSchema.parse({}),
    siteFile: site.file,
    files: paths,
    problems: [...people.problems, ...technologies.problems, ...shows.problems, ...site.problems],
  }
}
