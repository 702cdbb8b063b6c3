/** One thing wrong (error) or suspicious (warning) in the content, with where to look. */
export interface ContentProblem {
  severity: 'error' | 'warning'
  /** Path relative to the working directory, with forward slashes. */
  file: string
  /** 1-based line in the file (front-matter starts on line 2). */
  line: number
  /** 1-based column. */
  column: number
  /** Dotted path of the field, such as `chapters[3].title`, or `front-matter` for the whole block. */
  field: string
  /** What is wrong, and what to do about it. */
  message: string
  /**
   * What kind of problem it is, the same for every file (`chapter-past-end`,
   * `unknown-reference`…): build logs count warnings by it.
   */
  code?: string
}

/** `path/to/file.md:LINE:COL  field.path  message`, the shape editors and terminals make clickable. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`
}

/** Problems in reading order: by file, then line, then column; errors before warnings on a tie. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.severity, b.severity) ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  )
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function countProblems(problems: readonly ContentProblem[]) {
  let errors = 0
  for (const problem of problems) if (problem.severity === 'error') errors++
  return { errors, warnings: problems.length - errors }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** Every problem, errors first, each group in file order; empty when there is nothing to say. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems)
  const sections: string[] = []
  for (const severity of ['error', 'warning'] as const) {
    const lines = sorted.filter((p) => p.severity === severity).map(formatProblem)
    if (lines.length > 0) sections.push([`${plural(lines.length, severity)}:`, ...lines].join('\n'))
  }
  return sections.join('\n\n')
}

/** One line such as "12 episode files: 2 errors, 5 warnings". */
export function summarize(problems: readonly ContentProblem[], files: number): string {
  const { errors, warnings } = countProblems(problems)
  return `${plural(files, 'episode file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
}
