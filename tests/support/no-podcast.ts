import type { ShowPodcast } from '../../src/content/documents.ts'

/** A show's podcast settings when its entry gives none, spelled out once for the tests. */
export const NO_PODCAST: ShowPodcast = {
  guid: null,
  email: null,
  author: null,
  category: null,
  subcategory: null,
  explicit: false,
  copyright: null,
  locked: false,
}
