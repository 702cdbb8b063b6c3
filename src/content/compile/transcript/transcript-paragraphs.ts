import type { TranscriptParagraph } from '../../documents.ts'
import type { TranscriptCue } from '../../read/transcript/transcript-cue.ts'

/** A turn longer than this many words is cut at the next sentence end. */
export const PARAGRAPH_WORDS = 120

const endsSentence = (text: string) => /[.!?…]["'”’)\]]*$/.test(text)
const wordCount = (text: string) => text.split(' ').filter(Boolean).length

/**
 * Groups cues into paragraphs by speaker turn. A new paragraph also starts at
 * every chapter start (so that headings fall between paragraphs) and, in a
 * long turn, after the sentence that takes it past PARAGRAPH_WORDS words.
 */
export function groupParagraphs(
  cues: readonly TranscriptCue[],
  speakerOf: (cue: TranscriptCue) => number | null,
  chapterStarts: readonly number[],
): TranscriptParagraph[] {
  const paragraphs: TranscriptParagraph[] = []
  let current: (TranscriptParagraph & { words: number }) | null = null
  let nextChapter = 0
  for (const cue of cues) {
    const speaker = speakerOf(cue)
    let chapterBegins = false
    while ((chapterStarts[nextChapter] ?? Number.POSITIVE_INFINITY) <= cue.start) {
      chapterBegins = true
      nextChapter++
    }
    const full = current !== null && current.words >= PARAGRAPH_WORDS && endsSentence(current.text)
    if (current && current.speaker === speaker && !chapterBegins && !full) {
      current.text += ` ${cue.text}`
      current.end = Math.max(current.end, cue.end)
      current.words += wordCount(cue.text)
      continue
    }
    if (current) paragraphs.push(withoutCount(current))
    current = {
      start: cue.start,
      end: cue.end,
      speaker,
      text: cue.text,
      words: wordCount(cue.text),
    }
  }
  if (current) paragraphs.push(withoutCount(current))
  return paragraphs
}

function withoutCount({ start, end, speaker, text }: TranscriptParagraph): TranscriptParagraph {
  return { start, end, speaker, text }
}
