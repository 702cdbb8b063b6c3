import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type ImportEdge, importsOf } from './import-rules.ts'

const root = resolve(import.meta.dirname, '../../..')
const fixture = 'tests/e2e/support/test.ts'

/**
 * Every browser spec must run under the shared fixture, which fails a test on
 * console errors and failed requests: a spec that takes `test` straight from
 * Playwright would escape that check.
 */
function specProblems(file: string, edges: ImportEdge[]): string[] {
  const problems: string[] = []
  if (!edges.some((edge) => edge.to === fixture && !edge.typeOnly)) {
    problems.push(`${file} does not take \`test\` from ${fixture}`)
  }
  for (const edge of edges) {
    if (edge.to === '@playwright/test' && !edge.typeOnly) {
      problems.push(`${file} imports values from @playwright/test instead of ${fixture}`)
    }
  }
  return problems
}

const specsIn = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return specsIn(path)
    return entry.name.endsWith('.spec.ts') ? [path] : []
  })

describe('the browser suite', () => {
  it('runs every spec under the fixture that fails on console errors and failed requests', () => {
    const specs = specsIn(join(root, 'tests/e2e'))
    expect(specs.length).toBeGreaterThan(0)
    const problems = specs.flatMap((spec) =>
      specProblems(spec, importsOf(spec, readFileSync(spec, 'utf8'), root)),
    )
    expect(problems).toEqual([])
  })

  it('would catch a spec that bypasses the fixture', () => {
    const spec = join(root, 'tests/e2e/escape.spec.ts')
    const edges = importsOf(spec, "import { expect, test } from '@playwright/test'", root)
    expect(specProblems('escape.spec.ts', edges)).toHaveLength(2)
    const typed = importsOf(
      spec,
      "import type { Page } from '@playwright/test'\nimport { test } from './support/test.ts'",
      root,
    )
    expect(specProblems('ok.spec.ts', typed)).toEqual([])
  })
})
