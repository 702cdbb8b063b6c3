import { z } from 'zod'
import { YamlLocator } from '../yaml/yaml-locator.ts'
import type { ParsedTranscript, TranscriptCue, TranscriptNote } from './transcript-cue.ts'
import { tidyText } from './transcript-cue.ts'

const time = z.number().finite().nonnegative()

/** A Podcasting 2.0 transcript segment; `body` is plain text. */
const segmentSchema = z.object({
  speaker: z.string().optional(),
  startTime: time,
  endTime: time,
  body: z.string(),
})

const transcriptSchema = z.object({
  version: z.string().optional(),
  segments: z.array(z.unknown()),
})

function syntaxNote(text: string, error: unknown): TranscriptNote {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  const line = at ? new YamlLocator(text, 1).positionOf(Number(at[1])).line : 1
  return { line, message: 'is not valid JSON: fix the syntax near this line' }
}

/**
 * Reads a Podcasting 2.0 JSON transcript (`{version, segments: [{speaker,
 * startTime, endTime, body}]}`). A segment without times or text is reported at
 * its line and left out; the others are kept.
 */
export function parseTranscriptJson(text: string): ParsedTranscript {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { cues: [], notes: [syntaxNote(text, error)] }
  }
  const file = transcriptSchema.safeParse(data)
  if (!file.success) {
    const message =
      'is not a Podcasting 2.0 transcript: expected {"version": "1.0.0", "segments": [{"startTime", "endTime", "body", "speaker"}]}'
    return { cues: [], notes: [{ line: 1, message }] }
  }
  const cues: TranscriptCue[] = []
  const notes: TranscriptNote[] = []
  let locator: YamlLocator | undefined
  file.data.segments.forEach((value, index) => {
    const segment = segmentSchema.safeParse(value)
    if (segment.success) {
      const { speaker, startTime, endTime, body } = segment.data
      cues.push({
        start: startTime,
        end: endTime,
        speaker: tidyText(speaker ?? '') || null,
        text: tidyText(body),
      })
      return
    }
    locator ??= new YamlLocator(text, 1)
    const issue = segment.error.issues[0]
    const field = issue?.path.join('.') || 'segment'
    notes.push({
      line: locator.locate(['segments', index]).line,
      message: `segment ${index + 1}: ${field} is missing or not valid (startTime and endTime in seconds, body as text): this segment was skipped`,
    })
  })
  return { cues, notes }
}
