import { browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import type { EpisodeSummary } from '../../documents.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'

/** The episode cards, `chunk` consecutive ordinals a part, as JSON `EpisodeSummary[]`. */
export function* cardParts(
  episodes: readonly EpisodeSummary[],
  chunk: number,
): Generator<BrowseIndexFile> {
  for (let start = 0, part = 0; start < episodes.length; start += chunk, part++) {
    const content = JSON.stringify(episodes.slice(start, start + chunk))
    yield { path: browsePaths.cards(part), content }
  }
}
