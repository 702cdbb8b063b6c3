/** Where one indexed word occurs, episode by episode (ordinals ascending). */
export interface TermPostings {
  /** Every episode that holds the word in any field. */
  episodes: number[]
  /** Episodes with the word in their title or a guest's name (ranked first). */
  prominent: number[]
  /** Episodes with the word in a chapter title. */
  chapters: number[]
  /** Episodes with the word in their transcript, each with the first passage that says it. */
  transcriptEpisodes: number[]
  transcriptPassages: number[]
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
        transcriptPassages: [],
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

  /** Whether the episode's transcript has not said the word before. */
  saidFirst(term: string, ordinal: number): boolean {
    const spoken = this.terms.get(term)?.transcriptEpisodes
    return spoken?.[spoken.length - 1] !== ordinal
  }

  /** The first passage of the episode's transcript that says the word (see `saidFirst`). */
  addSpoken(term: string, ordinal: number, passage: number) {
    const postings = this.of(term)
    pushOnce(postings.episodes, ordinal)
    postings.transcriptEpisodes.push(ordinal)
    postings.transcriptPassages.push(passage)
  }
}
