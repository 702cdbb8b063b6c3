import { parseText } from 'media-captions'
import type { ParsedTranscript } from './transcript-cue.ts'
import { tidyText } from './transcript-cue.ts'

/**
 * `Name:` opening a cue names its speaker: at most four words without sentence
 * punctuation, not starting with a digit (a time such as `10:30:` is text).
 */
const SPEAKER = /^([^\s\d:,.!?;][^:\n,.!?;]{0,39}?):\s+/
/** SRT's formatting tags; everything else is text as written. */
const FORMATTING = /<\/?(?:i|b|u)>|<font\b[^>]*>|<\/font>/gi

/**
 * Reads an SRT file with media-captions. A cue opening with `Name:` is that
 * speaker's; the name is left out of the text. Unreadable cues are reported by
 * line and left out.
 */
export async function parseSrt(text: string): Promise<ParsedTranscript> {
  const result = await parseText(text, { type: 'srt', errors: true })
  const notes = result.errors.map((error) => ({
    line: error.line,
    message: `${error.message.replace(/ on line \d+$/, '')}: this cue was skipped`,
  }))
  const cues = result.cues.map((cue) => {
    const plain = cue.text.replace(FORMATTING, '')
    const match = SPEAKER.exec(plain)
    const name = match?.[1]?.trim() ?? ''
    const named = match !== null && name.split(/\s+/).length <= 4
    return {
      start: cue.startTime,
      end: cue.endTime,
      speaker: named ? name : null,
      text: tidyText(named ? plain.slice(match[0].length) : plain),
    }
  })
  return { cues, notes }
}
