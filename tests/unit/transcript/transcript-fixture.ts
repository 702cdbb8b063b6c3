import type { TranscriptDocument } from '../../../src/content/documents.ts'

/** A short interview: a matched guest, an unmatched caller, a paragraph with no speaker. */
export const interview: TranscriptDocument = {
  slug: 'interview',
  language: 'en',
  speakers: [
    {
      name: 'Ada Lovelace',
      person: { slug: 'ada', name: 'Ada Lovelace', website: null, github: null, avatar: null },
    },
    { name: 'Caller from Leeds', person: null },
  ],
  paragraphs: [
    { start: 0, end: 8, speaker: 0, text: 'Welcome to the show about engines.' },
    { start: 8, end: 15, speaker: 1, text: 'I have a question about engines.' },
    {
      start: 15,
      end: 30,
      speaker: null,
      text: '<img src=x onerror="alert(1)"> is not markup here.',
    },
    { start: 30, end: 42, speaker: 0, text: 'The analytical engine weaves patterns.' },
  ],
  headings: [
    { title: 'Introduction', start: 0, before: 0 },
    { title: 'Questions', start: 8, before: 1 },
    { title: 'Credits', start: 60, before: 4 },
  ],
}

/** A transcript of `count` paragraphs of four seconds each. */
export function longTranscript(count: number): TranscriptDocument {
  return {
    slug: 'long',
    language: null,
    speakers: [],
    paragraphs: Array.from({ length: count }, (_, index) => ({
      start: index * 4,
      end: index * 4 + 4,
      speaker: null,
      text: `Paragraph ${index} says something.`,
    })),
    headings: [],
  }
}
