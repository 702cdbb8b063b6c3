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

/**
 * The parts a prerendered home carries, by path, so that its first page needs
 * no request: the meta part and the card parts of the newest `firstPage` episodes.
 */
export function firstPaintParts(
  catalog: CatalogIndex,
  chunks: BrowseChunks = defaultBrowseChunks,
): Map<string, string> {
  const groups = facetGroupNames.map((group) => facetRows(catalog, group))
  const parts = new Map<string, string>()
  const [meta] = metaParts(groups, catalog.episodes.length, chunks)
  if (meta) parts.set(meta.path, String(meta.content))
  const shown = Math.ceil(chunks.firstPage / chunks.cardChunk) * chunks.cardChunk
  const cards = browseCards({ ...catalog, episodes: catalog.episodes.slice(0, shown) })
  for (const part of cardParts(cards, chunks.cardChunk)) parts.set(part.path, String(part.content))
  return parts
}
