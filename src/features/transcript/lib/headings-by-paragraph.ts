import type { TranscriptHeading } from '../../../content/documents.ts'

/**
 * The chapter headings grouped by the paragraph they precede; headings placed
 * after the last paragraph are kept under `paragraphCount`, so none is lost.
 */
export function headingsByParagraph(
  headings: readonly TranscriptHeading[],
  paragraphCount: number,
): Map<number, TranscriptHeading[]> {
  const groups = new Map<number, TranscriptHeading[]>()
  for (const heading of headings) {
    const at = Math.min(Math.max(0, heading.before), paragraphCount)
    const group = groups.get(at)
    if (group) group.push(heading)
    else groups.set(at, [heading])
  }
  return groups
}
