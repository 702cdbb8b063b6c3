import type { ChapterDocument, PersonRef, TranscriptDocument } from '../../documents.ts'
import type { TranscriptCue } from '../../read/transcript/transcript-cue.ts'
import { placeHeadings } from './transcript-headings.ts'
import { groupParagraphs } from './transcript-paragraphs.ts'
import { matchSpeakers } from './transcript-speakers.ts'

export interface TranscriptInput {
  slug: string
  language: string | null
  /** In time order, within the episode (see orderCues). */
  cues: readonly TranscriptCue[]
  chapters: readonly ChapterDocument[]
  /** The episode's hosts and guests, whom speakers are matched to. */
  people: readonly PersonRef[]
}

export interface CompiledTranscript {
  document: TranscriptDocument
  /** The cues with each speaker under its shown name, for the published files. */
  cues: TranscriptCue[]
  words: number
}

/** The transcript as the pages show it: speakers matched, paragraphs grouped, chapters placed. */
export function compileTranscript(input: TranscriptInput): CompiledTranscript {
  const { speakers, indexOf } = matchSpeakers(
    input.cues.map((cue) => cue.speaker),
    input.people,
  )
  const speakerOf = (cue: TranscriptCue) =>
    cue.speaker === null ? null : (indexOf.get(cue.speaker) ?? null)
  const paragraphs = groupParagraphs(
    input.cues,
    speakerOf,
    input.chapters.map((chapter) => chapter.startTime),
  )
  const cues = input.cues.map((cue) => {
    const index = speakerOf(cue)
    return { ...cue, speaker: index === null ? null : (speakers[index]?.name ?? null) }
  })
  const words = paragraphs.reduce(
    (total, paragraph) => total + paragraph.text.split(' ').filter(Boolean).length,
    0,
  )
  return {
    document: {
      slug: input.slug,
      language: input.language,
      speakers,
      paragraphs,
      headings: placeHeadings(input.chapters, paragraphs),
    },
    cues,
    words,
  }
}
