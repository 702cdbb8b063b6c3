import type { EpisodeDocument } from '../documents.ts'

const EPISODE_PATH = /^episodes\/([^/]+)\.json$/

/** The published episodes' slugs, from the paths of the compiled `data/` documents, sorted. */
export function episodeSlugsOf(documents: ReadonlyMap<string, string>): string[] {
  const slugs: string[] = []
  for (const path of documents.keys()) {
    const slug = EPISODE_PATH.exec(path)?.[1]
    if (slug) slugs.push(slug)
  }
  return slugs.sort()
}

/**
 * The published episodes' documents out of the compiled `data/` documents, in
 * slug order, read one at a time as they are asked for: at 100,000 episodes
 * they would take gigabytes parsed all at once.
 */
export function* episodeDocumentsOf(
  documents: ReadonlyMap<string, string>,
): Generator<EpisodeDocument> {
  for (const slug of episodeSlugsOf(documents)) {
    yield JSON.parse(documents.get(`episodes/${slug}.json`) ?? 'null') as EpisodeDocument
  }
}
