import { describe, expect, it } from 'vitest'
import { readPostingList, writePostingList } from '../../../../src/lib/episode-sets/posting-list.ts'
import { VarintReader, VarintWriter } from '../../../../src/lib/episode-sets/varint.ts'

function roundTrip(ordinals: number[]) {
  const out = new VarintWriter()
  writePostingList(out, ordinals)
  out.write(300)
  const bytes = out.finish()
  const input = new VarintReader(bytes)
  const read = [...readPostingList(input)]
  // What follows the list is read back intact.
  expect(input.read()).toBe(300)
  expect(input.done).toBe(true)
  return { read, length: bytes.length }
}

describe('posting lists', () => {
  it('keep a sparse list as gaps, a few bytes long', () => {
    const { read, length } = roundTrip([3, 90_000, 99_999])
    expect(read).toEqual([3, 90_000, 99_999])
    expect(length).toBeLessThan(12)
  })

  it('keep a dense list as a bitmap of one bit an episode', () => {
    const ordinals = Array.from({ length: 500 }, (_, i) => i * 2 + 1)
    const { read, length } = roundTrip(ordinals)
    expect(read).toEqual(ordinals)
    expect(length).toBeLessThanOrEqual(Math.ceil(1_003 / 8) + 6)
  })

  it('keep an empty list and numbers past 2^31', () => {
    expect(roundTrip([]).read).toEqual([])
    const out = new VarintWriter()
    out.write(2 ** 40 + 5)
    expect(new VarintReader(out.finish()).read()).toBe(2 ** 40 + 5)
  })
})
