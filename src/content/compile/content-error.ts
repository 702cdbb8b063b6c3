import { type ContentProblem, countProblems } from '../read/problems.ts'
import { formatLogReport, isVerbose } from './warning-summary.ts'

export const hasErrors = (problems: readonly ContentProblem[]): boolean =>
  countProblems(problems).errors > 0

/** A content error is the author's to fix: it carries the report (warnings by kind), and no stack trace. */
export class ContentError extends Error {
  override name = 'ContentError'
  constructor(problems: readonly ContentProblem[]) {
    const { errors } = countProblems(problems)
    super(
      `the episode catalog has ${errors} error${errors === 1 ? '' : 's'}.\n${formatLogReport(problems, isVerbose())}`,
    )
    this.stack = `${this.name}: ${this.message}`
  }
}
