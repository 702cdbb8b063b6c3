import { browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
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

/** The meta part's text, as the build writes it. */
export function browseMetaPart(
  catalog: CatalogIndex,
  chunks: BrowseChunks = defaultBrowseChunks,
): string {
  const groups = facetGroupNames.map((group) => facetRows(catalog, group))
  const [meta] = metaParts(groups, catalog.episodes.length, chunks)
  return String(meta?.content)
}

/** One card part's text, as the build writes it; undefined past the last. */
export function browseCardPart(
  catalog: CatalogIndex,
  chunk: number,
  chunks: BrowseChunks = defaultBrowseChunks,
): string | undefined {
  const start = chunk * chunks.cardChunk
  if (!Number.isInteger(chunk) || chunk < 0 || start >= catalog.episodes.length) return undefined
  const episodes = catalog.episodes.slice(start, start + chunks.cardChunk)
  const [part] = cardParts(browseCards({ ...catalog, episodes }), chunks.cardChunk)
  return String(part?.content)
}

/**
 * The parts a prerendered home carries, by path, so that its first page needs
 * no request: the meta part and the card parts of the newest `firstPage` episodes.
 */
export function firstPaintParts(
  catalog: CatalogIndex,
  chunks: BrowseChunks = defaultBrowseChunks,
): Map<string, string> {
  const parts = new Map<string, string>([[browsePaths.meta, browseMetaPart(catalog, chunks)]])
  for (let chunk = 0; chunk * chunks.cardChunk < chunks.firstPage; chunk++) {
    const part = browseCardPart(catalog, chunk, chunks)
    if (part !== undefined) parts.set(browsePaths.cards(chunk), part)
  }
  return parts
}
