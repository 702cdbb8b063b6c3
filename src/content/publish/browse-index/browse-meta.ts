import {
  BROWSE_INDEX_VERSION,
  type BrowseMeta,
  type BrowseOption,
  browsePaths,
} from '../../../lib/browse-index/browse-index-layout.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'
import type { FacetRows } from './facet-rows.ts'

export interface BrowseChunks {
  cardChunk: number
  rowChunk: number
  /** Cards an option part carries, so that a first click needs no card part. */
  firstPage: number
  /** Options of a group named in the meta part; the rest go to the group's tail part. */
  headOptions: number
}

function browseOption(option: FacetRows['options'][number]): BrowseOption {
  const icon = 'icon' in option ? option.icon : null
  return { slug: option.slug, name: option.name, ...(icon && { icon: icon.url }) }
}

/** The meta part and, for groups longer than the head, a tail part of the other options. */
export function* metaParts(
  groups: readonly FacetRows[],
  episodes: number,
  chunks: BrowseChunks,
): Generator<BrowseIndexFile> {
  const meta: BrowseMeta = {
    version: BROWSE_INDEX_VERSION,
    episodes,
    cardChunk: chunks.cardChunk,
    rowChunk: chunks.rowChunk,
    firstPage: chunks.firstPage,
    groups: groups.map(({ group, options, rows }) => ({
      group,
      totals: options.map((option) => option.count),
      head: options.slice(0, chunks.headOptions).map(browseOption),
      singleValued: rows.offsets.every((offset, i) => offset - (rows.offsets[i - 1] ?? 0) <= 1),
    })),
  }
  yield { path: browsePaths.meta, content: JSON.stringify(meta) }
  for (const { group, options } of groups) {
    if (options.length <= chunks.headOptions) continue
    const tail = options.slice(chunks.headOptions).map(browseOption)
    yield { path: browsePaths.tail(group), content: JSON.stringify(tail) }
  }
}
