import { describe, expect, it } from 'vitest'
import {
  type ContentProblem,
  formatProblem,
  formatReport,
  summarize,
} from '../../../src/content/read/problems.ts'

const problem = (overrides: Partial<ContentProblem>): ContentProblem => ({
  severity: 'error',
  file: 'episodes/a.md',
  line: 7,
  column: 11,
  field: 'duration',
  message: 'the duration must be more than 0 seconds',
  ...overrides,
})

describe('problem reports', () => {
  it('formats one problem as path:line:col, field and message', () => {
    expect(formatProblem(problem({}))).toBe(
      'episodes/a.md:7:11  duration  the duration must be more than 0 seconds',
    )
  })

  it('lists errors, then warnings, each in file and line order', () => {
    const report = formatReport([
      problem({
        severity: 'warning',
        file: 'episodes/b.md',
        line: 2,
        field: 'audioFileSize',
        message: 'is missing',
      }),
      problem({ file: 'episodes/b.md', line: 3, field: 'slug', message: 'is not URL-safe' }),
      problem({}),
    ])
    expect(report).toBe(
      [
        '2 errors:',
        'episodes/a.md:7:11  duration  the duration must be more than 0 seconds',
        'episodes/b.md:3:11  slug  is not URL-safe',
        '',
        '1 warning:',
        'episodes/b.md:2:11  audioFileSize  is missing',
      ].join('\n'),
    )
    expect(formatReport([])).toBe('')
  })

  it('summarizes counts in one line', () => {
    expect(summarize([problem({}), problem({ severity: 'warning' })], 12)).toBe(
      '12 episode files: 1 error, 1 warning',
    )
  })
})
