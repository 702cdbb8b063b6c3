import type { TranscriptCue } from '../../read/transcript/transcript-cue.ts'

export interface OrderedCues {
  cues: TranscriptCue[]
  /** How many cues started at or after the episode's end and were left out. */
  pastEnd: number
}

/**
 * Cues in time order (a stable sort keeps overlapping cues as written), each
 * ending no earlier than it starts and no later than the episode; cues that
 * start after the episode's end are left out and counted.
 */
export function orderCues(cues: readonly TranscriptCue[], duration: number): OrderedCues {
  const kept: TranscriptCue[] = []
  let pastEnd = 0
  for (const cue of cues) {
    if (cue.start >= duration) {
      pastEnd++
      continue
    }
    kept.push({ ...cue, end: Math.min(Math.max(cue.end, cue.start), duration) })
  }
  kept.sort((a, b) => a.start - b.start)
  return { cues: kept, pastEnd }
}
