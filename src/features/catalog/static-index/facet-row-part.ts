import { VarintReader } from '../../../lib/episode-sets/varint.ts'

/** Options of one group for a range of episodes: those of episode `start + i` are `values[offsets[i]…offsets[i + 1]]`. */
export interface FacetRowPart {
  start: number
  offsets: Int32Array
  values: Int32Array
}

export function decodeFacetRowPart(bytes: Uint8Array, start: number, length: number): FacetRowPart {
  const input = new VarintReader(bytes)
  const offsets = new Int32Array(length + 1)
  const values: number[] = []
  for (let i = 0; i < length; i++) {
    let option = -1
    for (let carried = input.read(); carried > 0; carried--) {
      option += input.read() + 1
      values.push(option)
    }
    offsets[i + 1] = values.length
  }
  return { start, offsets, values: Int32Array.from(values) }
}
