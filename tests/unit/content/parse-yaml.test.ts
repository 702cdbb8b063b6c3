import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../../src/content/read/yaml/parse-yaml.ts'

const read = (source: string) => {
  const parsed = parseYaml(source, 2)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.data
}
const problems = (source: string) => {
  const parsed = parseYaml(source, 2)
  return parsed.ok ? [] : parsed.problems
}

describe('parseYaml', () => {
  it('reads values as js-yaml core schema does, as the README says', () => {
    expect(
      read(
        'a: 1_000\nb: 0b101\nc: 0o17\nd: -0x1F\ne: .inf\nf: 1e3\ng: 012\nh: True\ni: yes\nj: ~\nk: 2025-12-18\nl: 1:30\n',
      ),
    ).toEqual({
      a: 1000,
      b: 5,
      c: 15,
      d: -31,
      e: Number.POSITIVE_INFINITY,
      f: 1000,
      g: 12,
      h: true,
      i: 'yes',
      j: null,
      k: '2025-12-18',
      l: '1:30',
    })
  })

  it('keeps Unicode spaces after a value, and reads a comment-only item as null', () => {
    expect(read('duration: 600\u00a0\nslug: a\u3000\nguests:\n  - # nobody\n  - sam\n')).toEqual({
      duration: '600\u00a0',
      slug: 'a\u3000',
      guests: [null, 'sam'],
    })
  })

  it('refuses keys that read the same, however they are spelled, with a position and a hint', () => {
    for (const source of ['true: 1\nTrue: 2\n', '~: 1\nNULL: 2\n', "1: a\n'1': b\n"]) {
      expect(problems(source)).toEqual([
        expect.objectContaining({ line: 3, message: expect.stringMatching(/keep only one/) }),
      ])
    }
  })

  it('reads small aliases and *emphasis* in quoted text, but refuses aliases that expand too far or loop', () => {
    expect(read("show: &s alpha\nguests: [*s]\nsubtitle: '*so* & so'\n")).toEqual({
      show: 'alpha',
      guests: ['alpha'],
      subtitle: '*so* & so',
    })
    const loop = problems('list: &a [1, *a]\n')
    expect(loop).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'list',
        message: expect.stringMatching(/aliases expand/),
      }),
    ])
  })
})
