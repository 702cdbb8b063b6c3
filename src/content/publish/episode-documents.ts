import type { EpisodeDocument } from '../documents.ts'

const EPISODE_PATH = /^episodes\/([^/]+)\.json$/

/** The published episodes' documents out of the compiled `data/` documents, in path order. */
export function episodeDocumentsOf(documents: ReadonlyMap<string, string>): EpisodeDocument[] {
  return [...documents.keys()]
    .filter((path) => EPISODE_PATH.test(path))
    .sort()
    .map((path) => JSON.parse(documents.get(path) ?? 'null') as EpisodeDocument)
}
