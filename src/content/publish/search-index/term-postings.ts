/** Where one indexed word occurs, episode by episode (ordinals ascending). */
export interface TermPostings {
  /** Every episode that holds the word in any field. */
  episodes: number[]
  /** Episodes with the word in their title or a guest's name (ranked first). */
  prominent: number[]
  /** Episodes with the word in a chapter title. */
  chapters: number[]
  /** Episodes with the word in their transcript, each with the first paragraph that says it. */
  transcriptEpisodes: number[]
  transcriptParagraphs: number[]
}

export type EpisodeField = 'prominent' | 'chapters' | 'other'

const pushOnce = (list: number[], ordinal: number) => {
  if (list[list.length - 1] !== ordinal) list.push(ordinal)
}

/** Postings of every word, filled one episode at a time in ordinal order. */
export class PostingsTable {
  readonly terms = new Map<string, TermPostings>()

  private of(term: string): TermPostings {
    let postings = this.terms.get(term)
    if (!postings) {
      postings = {
        episodes: [],
        prominent: [],
        chapters: [],
        transcriptEpisodes: [],
        transcriptParagraphs: [],
      }
      this.terms.set(term, postings)
    }
    return postings
  }

  add(term: string, ordinal: number, field: EpisodeField) {
    const postings = this.of(term)
    pushOnce(postings.episodes, ordinal)
    if (field === 'prominent') pushOnce(postings.prominent, ordinal)
    if (field === 'chapters') pushOnce(postings.chapters, ordinal)
  }

  /** Keeps the first paragraph of the episode that says the word. */
  addSpoken(term: string, ordinal: number, paragraph: number) {
    const postings = this.of(term)
    pushOnce(postings.episodes, ordinal)
    if (postings.transcriptEpisodes[postings.transcriptEpisodes.length - 1] === ordinal) return
    postings.transcriptEpisodes.push(ordinal)
    postings.transcriptParagraphs.push(paragraph)
  }
}
