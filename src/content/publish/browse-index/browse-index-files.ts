import type { CatalogIndex } from '../../documents.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'
import { type BrowseChunks, metaParts } from './browse-meta.ts'
import { browseCards, cardParts } from './card-parts.ts'
import { facetGroupNames, facetRows } from './facet-rows.ts'
import { optionParts } from './option-parts.ts'
import { rowParts } from './row-parts.ts'

export const defaultBrowseChunks: BrowseChunks = {
  cardChunk: 8,
  rowChunk: 2048,
  firstPage: 24,
  headOptions: 30,
}

/**
 * The static browse index of a catalog (episodes newest first), one file at a
 * time, so that a caller can write each as it comes: a filter click in the
 * browser fetches only the parts it needs (see `browse-index-layout.ts`).
 */
export function* browseIndexFiles(
  catalog: CatalogIndex,
  chunks: BrowseChunks = defaultBrowseChunks,
): Generator<BrowseIndexFile> {
  const groups = facetGroupNames.map((group) => facetRows(catalog, group))
  yield* metaParts(groups, catalog.episodes.length, chunks)
  const cards = browseCards(catalog)
  yield* cardParts(cards, chunks.cardChunk)
  for (const group of groups) {
    yield* optionParts(group, groups, cards, chunks.firstPage)
    yield* rowParts(group, chunks.rowChunk)
  }
}
