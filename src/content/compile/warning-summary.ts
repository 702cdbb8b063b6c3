import { type ContentProblem, formatProblem, formatReport, sortProblems } from '../read/problems.ts'

/** Build logs list every warning when this is set (`CONTENT_VERBOSE=1 npm run build`). */
export const isVerbose = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.CONTENT_VERBOSE === '1'

/** A warning's kind: its code; warnings raised without one are counted together. */
export const kindOf = (problem: ContentProblem): string => problem.code ?? 'other'

/**
 * Warnings counted by kind, most frequent first, each with its first few in
 * file order: a catalog with hundreds of them stays readable. Null when there
 * are none.
 */
export function summarizeWarnings(
  problems: readonly ContentProblem[],
  examples = 3,
): string | null {
  const byKind = new Map<string, ContentProblem[]>()
  for (const problem of sortProblems(problems)) {
    if (problem.severity !== 'warning') continue
    const kind = kindOf(problem)
    const group = byKind.get(kind)
    if (group) group.push(problem)
    else byKind.set(kind, [problem])
  }
  if (byKind.size === 0) return null
  let total = 0
  for (const group of byKind.values()) total += group.length
  const lines = [
    `${total} content warning${total === 1 ? '' : 's'}, by kind (\`npm run check\` or CONTENT_VERBOSE=1 lists them all):`,
  ]
  const kinds = [...byKind].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
  for (const [kind, group] of kinds) {
    lines.push(`  ${group.length} × ${kind}`)
    for (const problem of group.slice(0, examples)) lines.push(`    ${formatProblem(problem)}`)
    if (group.length > examples) lines.push(`    … and ${group.length - examples} more`)
  }
  return lines.join('\n')
}

/**
 * What build logs and the dev server's terminal print: every error on its own
 * line, then the warnings by kind; with `verbose`, every warning too.
 */
export function formatLogReport(problems: readonly ContentProblem[], verbose = false): string {
  if (verbose) return formatReport(problems)
  const errors = formatReport(problems.filter((problem) => problem.severity === 'error'))
  const warnings = summarizeWarnings(problems)
  return [errors, warnings].filter(Boolean).join('\n\n')
}
