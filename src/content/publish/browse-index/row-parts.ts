import { browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import { VarintWriter } from '../../../lib/episode-sets/varint.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'
import { type FacetRows, rowAt } from './facet-rows.ts'

/**
 * The options each episode carries in one group, `chunk` episodes a part: per
 * episode a count, then its option numbers as gaps. Combinations of choices
 * count from these, fetching only the groups and ranges they touch.
 */
export function* rowParts(group: FacetRows, chunk: number): Generator<BrowseIndexFile> {
  const size = group.rows.offsets.length - 1
  for (let start = 0, part = 0; start < size; start += chunk, part++) {
    const out = new VarintWriter()
    for (let ordinal = start; ordinal < Math.min(start + chunk, size); ordinal++) {
      const row = rowAt(group.rows, ordinal)
      out.write(row.length)
      let previous = -1
      for (const option of row) {
        out.write(option - previous - 1)
        previous = option
      }
    }
    yield { path: browsePaths.rows(group.group, part), content: out.finish() }
  }
}
