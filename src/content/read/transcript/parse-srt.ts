import { parseText } from 'media-captions'
import type { ParsedTranscript } from './transcript-cue.ts'
import { tidyText } from './transcript-cue.ts'

/** `Name:` opening a cue names its speaker: a short name, not a sentence with a colon in it. */
const SPEAKER = /^([^\s:][^:\n]{0,39}?):\s+/
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
    const speaker = SPEAKER.exec(plain)
    const name = speaker?.[1]?.trim()
    return {
      start: cue.startTime,
      end: cue.endTime,
      speaker: name && /^[^\d]/.test(name) ? name : null,
      text: tidyText(name && speaker ? plain.slice(speaker[0].length) : plain),
    }
  })
  return { cues, notes }
}
