import { describe, expect, it } from 'vitest'
import {
  formatLogReport,
  isVerbose,
  summarizeWarnings,
} from '../../../src/content/compile/warning-summary.ts'
import type { ContentProblem } from '../../../src/content/read/problems.ts'

const problem = (
  severity: ContentProblem['severity'],
  file: string,
  code?: string,
): ContentProblem => ({
  severity,
  file,
  line: 2,
  column: 1,
  field: 'audioFileSize',
  message: `${code ?? 'no code'} here`,
  ...(code && { code }),
})

const many = (count: number, code: string) =>
  Array.from({ length: count }, (_, i) => problem('warning', `e/${code}-${i + 10}.md`, code))

describe('summarizeWarnings', () => {
  it('counts warnings by kind, most frequent first, with the first three of each in file order', () => {
    const summary = summarizeWarnings([
      ...many(2, 'chapter-past-end').reverse(),
      problem('error', 'e/broken.md'),
      ...many(5, 'chapters-out-of-order'),
      problem('warning', 'e/plain.md'),
    ])
    expect(summary?.split('\n')).toEqual([
      '8 content warnings, by kind (`npm run check` or CONTENT_VERBOSE=1 lists them all):',
      '  5 × chapters-out-of-order',
      '    e/chapters-out-of-order-10.md:2:1  audioFileSize  chapters-out-of-order here',
      '    e/chapters-out-of-order-11.md:2:1  audioFileSize  chapters-out-of-order here',
      '    e/chapters-out-of-order-12.md:2:1  audioFileSize  chapters-out-of-order here',
      '    … and 2 more',
      '  2 × chapter-past-end',
      '    e/chapter-past-end-10.md:2:1  audioFileSize  chapter-past-end here',
      '    e/chapter-past-end-11.md:2:1  audioFileSize  chapter-past-end here',
      '  1 × other',
      '    e/plain.md:2:1  audioFileSize  no code here',
    ])
  })

  it('says nothing when there is no warning', () => {
    expect(summarizeWarnings([problem('error', 'e/a.md')])).toBeNull()
    expect(summarizeWarnings([])).toBeNull()
  })

  it('names a single warning in the singular', () => {
    expect(summarizeWarnings(many(1, 'unknown-reference'))).toMatch(/^1 content warning, by kind/)
  })
})

describe('formatLogReport', () => {
  const problems = [
    ...many(4, 'chapter-past-end'),
    problem('error', 'e/a.md'),
    problem('error', 'e/b.md'),
  ]

  it('lists every error, then the warnings by kind', () => {
    const report = formatLogReport(problems)
    expect(report).toMatch(
      /^2 errors:\ne\/a\.md:2:1 .*\ne\/b\.md:2:1 .*\n\n4 content warnings, by kind/,
    )
    expect(report).toContain('… and 1 more')
    expect(report).not.toContain('chapter-past-end-13.md')
  })

  it('lists every warning when verbose', () => {
    const report = formatLogReport(problems, true)
    expect(report).toContain('4 warnings:\n')
    expect(report).toContain('e/chapter-past-end-13.md:2:1')
    expect(report).not.toContain('by kind')
  })

  it('is verbose with CONTENT_VERBOSE=1 only', () => {
    expect(isVerbose({ CONTENT_VERBOSE: '1' })).toBe(true)
    expect(isVerbose({})).toBe(false)
  })
})
