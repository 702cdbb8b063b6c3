import type { Outcome } from './file-outcome.ts'

export interface ReportLine {
  path: string
  label: string
  outcome: Outcome
}

/** What an import did: each file with its outcome, each feed item left out, and notes on items. */
export interface ImportReport {
  show: string
  files: ReportLine[]
  /** Items that did not become episodes, with why. */
  leftOut: Array<{ label: string; reason: string }>
  /** Things done differently from the feed, or not done, with what to do. */
  notes: Array<{ label: string; message: string }>
}

const count = (report: ImportReport, kind: Outcome['kind']) =>
  report.files.filter((line) => line.outcome.kind === kind).length

/** The report as the terminal shows it. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `Imported "${report.show}": ${count(report, 'new')} new, ${count(report, 'updated')} updated, ${count(report, 'unchanged')} unchanged, ${count(report, 'skipped')} skipped files; ${report.leftOut.length} feed items left out.`,
  ]
  for (const { path, label, outcome } of report.files) {
    if (outcome.kind === 'unchanged') continue
    const why = outcome.kind === 'skipped' ? `: ${outcome.reason}` : ''
    lines.push(`  ${outcome.kind.padEnd(8)} ${path} (${label})${why}`)
  }
  for (const { label, reason } of report.leftOut) lines.push(`  left out ${label} ${reason}`)
  for (const { label, message } of report.notes) lines.push(`  note     ${label} ${message}`)
  return lines.join('\n')
}
