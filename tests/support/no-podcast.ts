import type { FacetEntry, ShowFacet, ShowPodcast } from '../../src/content/documents.ts'

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

/** A show facet with nothing but its name and count: no description, artwork, hosts or links. */
export const bareShow = (entry: FacetEntry): ShowFacet => ({
  ...entry,
  description: null,
  artwork: null,
  hosts: [],
  podcast: NO_PODCAST,
  subscribeLinks: [],
})
