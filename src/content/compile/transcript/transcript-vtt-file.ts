import type { TranscriptCue } from '../../read/transcript/transcript-cue.ts'

/** `3723.5` → `01:02:03.500`. */
export function vttTimestamp(seconds: number): string {
  const millis = Math.round(seconds * 1000)
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  const hours = Math.floor(millis / 3_600_000)
  const minutes = Math.floor(millis / 60_000) % 60
  const secs = Math.floor(millis / 1000) % 60
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}.${pad(millis % 1000, 3)}`
}

/** Cue text as WebVTT text: `&`, `<` and `>` escaped, so that markup in it stays text. */
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A voice's annotation cannot hold `>` or a line end; `&` and `<` are escaped as in text. */
const escapeVoice = (name: string) => escapeText(name.replace(/[\r\n]+/g, ' '))

/**
 * The WebVTT file published for an episode: one cue per cue, with the speaker
 * as a voice span (`<v Ada Lovelace>`) when it is known.
 */
export function transcriptVtt(cues: readonly TranscriptCue[]): string {
  const blocks = cues.map((cue) => {
    const text = escapeText(cue.text)
    const voiced = cue.speaker ? `<v ${escapeVoice(cue.speaker)}>${text}` : text
    return `${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n${voiced}`
  })
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}
