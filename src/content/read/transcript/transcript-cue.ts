/** One timed piece of a transcript, whatever format it came in. Times in seconds. */
export interface TranscriptCue {
  start: number
  end: number
  /** The speaker as written in the file, or null when the cue names none. */
  speaker: string | null
  /** Plain text: markup already read, never to be interpreted again. */
  text: string
}

/** Something wrong in a transcript file, at a line of it when it is known. */
export interface TranscriptNote {
  line: number
  message: string
}

export interface ParsedTranscript {
  cues: TranscriptCue[]
  /** Malformed cues that were skipped, or why the whole file could not be read. */
  notes: TranscriptNote[]
}

export type TranscriptFormat = 'vtt' | 'srt' | 'json'

/** White space of several lines and runs of spaces as one space. */
export const tidyText = (text: string): string => text.replace(/\s+/g, ' ').trim()
