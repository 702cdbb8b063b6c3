import { describe, expect, it } from 'vitest'
import { headingsByParagraph } from '../../../src/features/transcript/lib/headings-by-paragraph.ts'

describe('headingsByParagraph', () => {
  it('places each heading before its paragraph and keeps late ones at the end', () => {
    const groups = headingsByParagraph(
      [
        { title: 'Intro', start: 0, before: 0 },
        { title: 'Same place', start: 1, before: 0 },
        { title: 'Middle', start: 60, before: 3 },
        { title: 'After the words', start: 900, before: 12 },
      ],
      5,
    )
    expect(groups.get(0)?.map((heading) => heading.title)).toEqual(['Intro', 'Same place'])
    expect(groups.get(3)?.map((heading) => heading.title)).toEqual(['Middle'])
    expect(groups.get(5)?.map((heading) => heading.title)).toEqual(['After the words'])
  })
})
