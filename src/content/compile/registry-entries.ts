import type { z } from 'zod'
import type { ContentProblem } from '../read/problems.ts'
import { type EntrySource, locateField, type RawCollection } from '../read/raw-entry.ts'
import { slugify } from '../read/slugs.ts'
import { formatFieldPath } from '../read/yaml/yaml-locator.ts'
import { withoutEmptyOptionals } from './empty-optionals.ts'
import { issuesToProblems } from './zod-problems.ts'

/** A collection's valid entries by slug, where each is written, and those left out. */
export interface ValidEntries<T> {
  entries: Map<string, T>
  sources: Map<string, EntrySource>
  /** Entries left out for their problems: errors when an episode uses them, else warnings. */
  invalid: Map<string, ContentProblem[]>
  /** Problems about keys: renamed ones (warnings), clashing ones (errors). */
  problems: ContentProblem[]
}

function problemAt(
  severity: ContentProblem['severity'],
  source: EntrySource,
  message: string,
): ContentProblem {
  const field = source.prefix.length > 0 ? formatFieldPath(source.prefix) : '(file name)'
  return { severity, file: source.file, ...locateField(source, []), field, message }
}

/**
 * Validates each entry on its own, keyed by its normalised slug: a key with
 * capitals or spaces is renamed with a warning, two keys that become the same
 * slug are an error naming both, and an invalid entry is only left out here.
 * An entry file's body fills `bodyField` when the front-matter does not.
 */
export function validateEntries<S extends z.ZodType>(
  raw: RawCollection,
  schema: S,
  bodyField: string,
): ValidEntries<z.output<S>> {
  const valid: ValidEntries<z.output<S>> = {
    entries: new Map(),
    sources: new Map(),
    invalid: new Map(),
    problems: [],
  }
  const keys = new Map<string, string>()
  for (const broken of raw.broken) valid.invalid.set(slugify(broken.key), broken.problems)
  for (const { key, data, body, source } of raw.entries) {
    const slug = slugify(key)
    if (!slug) {
      valid.problems.push(
        problemAt(
          'warning',
          source,
          `the key "${key}" has no letters or digits, so the entry was left out: rename it`,
        ),
      )
      continue
    }
    const earlier = keys.get(slug)
    if (earlier !== undefined) {
      valid.problems.push(
        problemAt(
          'error',
          source,
          `the keys "${earlier}" and "${key}" both become "${slug}": rename or remove one of them`,
        ),
      )
      continue
    }
    keys.set(slug, key)
    if (slug !== key) {
      valid.problems.push(
        problemAt(
          'warning',
          source,
          `the key "${key}" is read as "${slug}" (lowercase, hyphens): episodes refer to it as ${slug}`,
        ),
      )
    }
    const fields =
      body?.trim() &&
      data &&
      typeof data === 'object' &&
      !Array.isArray(data) &&
      !(bodyField in data)
        ? { ...data, [bodyField]: body }
        : data
    const result = schema.safeParse(withoutEmptyOptionals(schema, fields))
    if (result.success) {
      valid.entries.set(slug, result.data)
      valid.sources.set(slug, source)
      continue
    }
    const issues = result.error.issues.map((issue) => ({
      ...issue,
      path: [...source.prefix, ...issue.path],
    }))
    const whole = source.prefix.length > 0 ? { [key]: fields } : fields
    if (source.locator) {
      valid.invalid.set(slug, issuesToProblems(issues, whole, source.locator, source.file))
    }
  }
  return valid
}
