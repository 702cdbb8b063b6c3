import { cardNamer } from '../../../lib/browse-index/browse-cards.ts'
import { type BrowseCard, browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import type { CatalogIndex } from '../../documents.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'

/** Each episode's card: its summary with the names of its show, guests and technologies. */
export function browseCards(catalog: CatalogIndex): BrowseCard[] {
  return catalog.episodes.map(cardNamer(catalog.facets))
}

/** The episode cards, `chunk` consecutive ordinals a part, as JSON `BrowseCard[]`. */
export function* cardParts(
  episodes: readonly BrowseCard[],
  chunk: number,
): Generator<BrowseIndexFile> {
  for (let start = 0, part = 0; start < episodes.length; start += chunk, part++) {
    const content = JSON.stringify(episodes.slice(start, start + chunk))
    yield { path: browsePaths.cards(part), content }
  }
}
