import type { BrowseCard } from '../../../lib/browse-index/browse-index-layout.ts'
import { readPostingList } from '../../../lib/episode-sets/posting-list.ts'
import { VarintReader } from '../../../lib/episode-sets/varint.ts'

/** An option's part: its episodes and, per other group, how many of them carry each option. */
export interface OptionPart {
  ordinals: Int32Array
  /** Indexed by group position in the meta; the option's own group has none. */
  cooccurrence: Array<Int32Array | null>
  /** The cards of the first episodes of `ordinals`, in that order. */
  cards: BrowseCard[]
}

/** Decodes an option part; `optionCounts` is the number of options of each group, in meta order. */
export function decodeOptionPart(
  bytes: Uint8Array,
  ownGroup: number,
  optionCounts: readonly number[],
): OptionPart {
  const input = new VarintReader(bytes)
  const ordinals = readPostingList(input)
  const cooccurrence = optionCounts.map((count, group) => {
    if (group === ownGroup) return null
    const counts = new Int32Array(count)
    let option = -1
    for (let entries = input.read(); entries > 0; entries--) {
      option += input.read() + 1
      counts[option] = input.read()
    }
    return counts
  })
  const json = input.readBytes(input.read())
  const cards = JSON.parse(new TextDecoder().decode(json)) as BrowseCard[]
  return { ordinals, cooccurrence, cards }
}
