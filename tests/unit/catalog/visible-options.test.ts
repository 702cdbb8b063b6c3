import { describe, expect, it } from 'vitest'
import type { FacetOption } from '../../../src/features/catalog/filters/catalog-model.ts'
import { visibleOptions } from '../../../src/features/catalog/filters/visible-options.ts'

const options: FacetOption[] = Array.from({ length: 20 }, (_, i) => ({
  slug: `guest-${i}`,
  name: i % 2 ? `Odd Person ${i}` : `Even Person ${i}`,
  total: 20 - i,
}))
const counts = Int32Array.from(options, (_, i) => (i === 3 ? 0 : 1))
const slugs = (result: ReturnType<typeof visibleOptions>) =>
  result.shown.map((item) => item.option.slug)

describe('visibleOptions', () => {
  it('lists the first options that would match, up to the limit', () => {
    const result = visibleOptions(options, counts, [], '', 5, false)
    expect(slugs(result)).toEqual(['guest-0', 'guest-1', 'guest-2', 'guest-4', 'guest-5'])
    expect(result.matching).toBe(19)
  })

  it('keeps chosen options, even without matches or past the limit', () => {
    const result = visibleOptions(options, counts, ['guest-3', 'guest-18'], '', 2, false)
    expect(slugs(result)).toEqual(['guest-0', 'guest-1', 'guest-3', 'guest-18'])
    expect(result.shown.find((item) => item.option.slug === 'guest-3')).toMatchObject({
      count: 0,
      isChosen: true,
    })
  })

  it('keeps the option holding the focus, without matches or past the limit, but does not choose it', () => {
    const atZero = visibleOptions(options, counts, [], '', 5, false, 'guest-3')
    expect(slugs(atZero)).toEqual(['guest-0', 'guest-1', 'guest-2', 'guest-3', 'guest-4'])
    expect(atZero.shown[3]).toMatchObject({ count: 0, isChosen: false })
    expect(slugs(visibleOptions(options, counts, [], '', 2, false, 'guest-9'))).toEqual([
      'guest-0',
      'guest-1',
      'guest-9',
    ])
  })

  it('narrows by name, ignoring case, and lists everything when expanded', () => {
    expect(slugs(visibleOptions(options, counts, [], ' odd person 1', 50, false))).toEqual([
      'guest-1',
      'guest-11',
      'guest-13',
      'guest-15',
      'guest-17',
      'guest-19',
    ])
    expect(visibleOptions(options, counts, [], '', 5, true).shown).toHaveLength(19)
  })

  describe('with only the first options named (the head of the index)', () => {
    const head = options.slice(0, 6)
    const none = new Int32Array(options.length)

    it('counts the unnamed options that would match, and needs no names past a full collapsed list', () => {
      const result = visibleOptions(head, counts, [], '', 5, false)
      expect(slugs(result)).toEqual(['guest-0', 'guest-1', 'guest-2', 'guest-4', 'guest-5'])
      expect(result.matching).toBe(19)
      expect(result.needsMore).toBe(false)
    })

    it('needs the rest when expanded, narrowed, or when a collapsed list reaches past the head', () => {
      expect(visibleOptions(head, counts, [], '', 5, true).needsMore).toBe(true)
      expect(visibleOptions(head, counts, [], 'odd', 5, false).needsMore).toBe(true)
      expect(visibleOptions(head, counts, [], '', 8, false).needsMore).toBe(true)
      // Under filters, the head's options may have no episodes while later ones do.
      const late = none.slice()
      late[15] = 2
      const result = visibleOptions(head, late, [], '', 12, false)
      expect(result.shown).toEqual([])
      expect(result.matching).toBe(1)
      expect(result.needsMore).toBe(true)
    })

    it('needs the rest for a chosen slug the head does not name, and not once every option is named', () => {
      expect(visibleOptions(head, counts, ['guest-18'], '', 5, false).needsMore).toBe(true)
      expect(visibleOptions(head, counts, ['guest-2'], '', 5, false).needsMore).toBe(false)
      const all = visibleOptions(options, counts, ['not-in-the-catalog'], 'odd', 5, true)
      expect(all.needsMore).toBe(false)
    })
  })
})
