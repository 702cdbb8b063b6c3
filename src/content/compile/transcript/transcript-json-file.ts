import type { TranscriptCue } from '../../read/transcript/transcript-cue.ts'

interface Segment {
  speaker?: string
  startTime: number
  endTime: number
  body: string
}

/** The Podcasting 2.0 JSON transcript published for an episode (`body` is plain text). */
export function transcriptJson(cues: readonly TranscriptCue[]): string {
  const segments = cues.map((cue): Segment => {
    const times = { startTime: cue.start, endTime: cue.end, body: cue.text }
    return cue.speaker ? { speaker: cue.speaker, ...times } : times
  })
  return `${JSON.stringify({ version: '1.0.0', segments })}\n`
}
