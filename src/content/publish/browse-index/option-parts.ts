import { type BrowseCard, browsePaths } from '../../../lib/browse-index/browse-index-layout.ts'
import { writePostingList } from '../../../lib/episode-sets/posting-list.ts'
import { VarintWriter } from '../../../lib/episode-sets/varint.ts'
import type { BrowseIndexFile } from './browse-index-file.ts'
import { type FacetRows, rowAt } from './facet-rows.ts'

/**
 * One part per option of `group`: its episodes; then, for each other group in
 * order, how many of those episodes carry each of its options (sparse: option
 * gap and count); then the cards of its `firstPage` newest episodes, as
 * length-prefixed JSON. A first click on one option needs this part and nothing else.
 */
export function* optionParts(
  group: FacetRows,
  all: readonly FacetRows[],
  episodes: readonly BrowseCard[],
  firstPage: number,
): Generator<BrowseIndexFile> {
  const encoder = new TextEncoder()
  const others = all.filter((other) => other !== group)
  const counts = others.map((other) => new Int32Array(other.options.length))
  for (let option = 0; option < group.options.length; option++) {
    const ordinals = rowAt(group.postings, option)
    const out = new VarintWriter()
    writePostingList(out, ordinals)
    others.forEach((other, g) => {
      const row = counts[g] as Int32Array
      row.fill(0)
      for (const ordinal of ordinals) {
        for (const carried of rowAt(other.rows, ordinal)) row[carried] = (row[carried] ?? 0) + 1
      }
      let entries = 0
      for (const count of row) if (count > 0) entries++
      out.write(entries)
      let previous = -1
      row.forEach((count, carried) => {
        if (count === 0) return
        out.write(carried - previous - 1)
        out.write(count)
        previous = carried
      })
    })
    const cards = Array.from(ordinals.subarray(0, firstPage), (ordinal) => episodes[ordinal])
    const json = encoder.encode(JSON.stringify(cards))
    out.write(json.length)
    out.writeBytes(json)
    yield { path: browsePaths.option(group.group, option), content: out.finish() }
  }
}
