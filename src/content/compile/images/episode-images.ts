import { dirname } from 'node:path'
import type { EpisodeDocument, ImageDocument } from '../../documents.ts'
import type { ImageRequest } from '../../read/images/site-images.ts'
import type { ContentProblem } from '../../read/problems.ts'
import type { CompiledEpisode } from '../catalog-index.ts'
import { locateInFile } from '../duplicates.ts'
import { ARTWORK_BOX, imageOrigin } from './entry-image-requests.ts'

export interface EpisodeImageSource {
  slug: string
  title: string
  /** The `image` field as written. */
  value: string
  /** The episode file (absolute) and how problems name it. */
  path: string
  shown: string
}

/**
 * Requests for the episodes' own `image`s: a path relative to the episode file
 * (inside the catalog folder) or an absolute URL; anything else is a warning.
 */
export function episodeImageRequests(
  sources: readonly EpisodeImageSource[],
  catalogDir: string,
  problems: ContentProblem[],
): ImageRequest[] {
  const requests: ImageRequest[] = []
  for (const source of sources) {
    const warn = (message: string): ContentProblem => ({
      severity: 'warning',
      file: source.shown,
      ...locateInFile(source.path, 'image'),
      field: 'image',
      message,
    })
    const origin = imageOrigin(source.value, dirname(source.path), catalogDir)
    if ('error' in origin) {
      problems.push(warn(origin.error))
      continue
    }
    requests.push({
      key: `episodes/${source.slug}`,
      origin,
      box: ARTWORK_BOX,
      name: source.slug,
      alt: source.title,
      what: `The image of "${source.title}"`,
      instead: "the show's artwork",
      warn,
    })
  }
  return requests
}

/** The episode's document with its image in place. */
export function withEpisodeImage(episode: CompiledEpisode, image: ImageDocument): CompiledEpisode {
  const document = JSON.parse(episode.json) as EpisodeDocument
  return { ...episode, json: JSON.stringify({ ...document, image }) }
}
