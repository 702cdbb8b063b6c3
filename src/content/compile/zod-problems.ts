import type { z } from 'zod'
import type { ContentProblem } from '../read/problems.ts'
import { formatFieldPath, type YamlLocator } from '../read/yaml/yaml-locator.ts'

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function explain(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0]?.message ?? issue.message
    return `the key ${JSON.stringify(String(issue.path.at(-1)))} ${inner}`
  }
  const path = issue.path
  if (issue.code === 'invalid_type' && path.length > 0 && valueAt(data, path) === undefined) {
    const key = String(path.at(-1))
    return `is missing: add a line \`${key}: …\` (${issue.message})`
  }
  if (issue.code === 'invalid_type' && path.length > 0 && valueAt(data, path) === null) {
    return `is empty, but it is required: ${issue.message}`
  }
  return issue.message
}

/**
 * Turns zod issues into problems placed on the offending YAML node. A key
 * missing from the top level needs no YAML parse: it belongs to the block's start.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  locator: YamlLocator,
  file: string,
): ContentProblem[] {
  // One problem per field: a value can fail several checks for the same reason.
  const seen = new Set<string>()
  const firstPerField = issues.filter((issue) => {
    const field = formatFieldPath(issue.path)
    if (seen.has(field)) return false
    seen.add(field)
    return true
  })
  return firstPerField.map((issue) => {
    const missingAtTop = issue.path.length === 1 && valueAt(data, issue.path) === undefined
    const position = missingAtTop ? locator.start : locator.locate(issue.path)
    return {
      severity: 'error',
      file,
      ...position,
      field: formatFieldPath(issue.path),
      message: explain(issue, data),
    }
  })
}
