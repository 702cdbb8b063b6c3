import { CORE_SCHEMA, load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { parsePlainYaml } from '../../../src/content/plain-yaml.ts'

const typical = [
  'id: c009tpxlqe46me3ukm93wm7rl',
  "title: 'It''s a title: with a colon'",
  'subtitle: "Double # quoted"',
  'slug: plain-words, commas [and] brackets',
  'description: |',
  '  First paragraph, with *emphasis* & an ampersand.',
  '',
  '    Indented more: kept.',
  '  # a heading, not a comment',
  '',
  'summary: |-',
  '  No final newline.',
  'publishedAt: 2019-09-16T18:31:00.000Z',
  'date: 2024-05-01',
  'url: https://example.com/a#b',
  'duration: 2664',
  'zero: 0',
  'flag: true',
  'other: False',
  'nothing: ~',
  'empty:',
  '# a comment line',
  'guests:',
  '  - wren-cloudsley',
  '',
  '  # a comment between items',
  '  - "teo"',
  'technologies:',
  '- streamgrid',
  '- fluxwire',
  'chapters:',
  '  - startTime: 0',
  "    title: 'Stateless Rollout'",
  '  -   startTime: 90',
  '      title: Second one',
  '',
].join('\n')

describe('parsePlainYaml', () => {
  it('reads a typical front-matter block exactly as js-yaml does', () => {
    const plain = parsePlainYaml(typical)
    expect(plain).toBeDefined()
    expect(JSON.stringify(plain)).toBe(JSON.stringify(load(typical, { schema: CORE_SCHEMA })))
  })

  it.each([
    ['an integer with a leading zero', 'n: 007\n'],
    ['a float', 'n: 1.5\n'],
    ['a negative number', 'n: -3\n'],
    ['a hexadecimal number', 'n: 0x1F\n'],
    ['infinity', 'n: .inf\n'],
    ['an escape in double quotes', 'title: "a\\tb"\n'],
    ['a quote left open', 'title: "open\n  still open"\n'],
    ['a comment after a value', 'title: words # comment\n'],
    ['a key and value inside a plain value', 'title: a: b\n'],
    ['a value that continues on the next line', 'title: one\n  two\n'],
    ['a folded block', 'description: >\n  folded\n  text\n'],
    ['a kept block', 'description: |+\n  kept\n\n'],
    ['a block with an indentation indicator', 'description: |2\n   text\n'],
    ['a block starting with a blank line', 'description: |\n\n  text\n'],
    ['a blank line carrying spaces in a block', 'description: |\n  a\n     \n  b\n'],
    ['a flow list', 'guests: [a, b]\n'],
    ['a flow mapping', 'show: {slug: a}\n'],
    ['an anchor and alias', 'a: &x one\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a nested mapping', 'audio:\n  url: x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a prototype key', '__proto__: x\n'],
    ['an item without a value', 'guests:\n  -\n'],
    ['an item continued on the next line', 'guests:\n  - one\n    two\n'],
    ['a nested list', 'guests:\n  - - a\n'],
    ['a chapter with a key left empty', 'chapters:\n  - title:\n    startTime: 1\n'],
    ['a chapter key indented differently', 'chapters:\n  - title: a\n     startTime: 1\n'],
    ['a tab', 'title:\tx\n'],
    ['a carriage return', 'title: x\r\n'],
    ['a control character', 'title: a\u0007b\n'],
    ['a lone surrogate', 'title: a\uD800b\n'],
    ['a document marker', 'a: 1\n---\nb: 2\n'],
    ['only a comment', '# nothing\n'],
    ['a key without a space after the colon', 'a:b\n'],
    ['indentation at the top', '  a: 1\n'],
    ['a digit word that reads as a number', 'a: 1e5\n'],
    ['a digit word with underscores', 'a: 1_000\n'],
    ['an octal number', 'a: 0o17\n'],
    ['a line separator', 'title: a\u2028b\n'],
    ['a line separator in a chapter', 'chapters:\n  - title: a\u2029b\n'],
  ])('leaves %s to js-yaml', (_, source) => {
    expect(parsePlainYaml(source)).toBeUndefined()
  })

  it.each([
    ['null words', 'a: null\nb: Null\nc: NULL\nd:\ne: ~\n'],
    ['booleans and look-alikes', 'a: TRUE\nb: yes\nc: off\nd: tRUE\n'],
    ['colons and hashes inside words', 'a: x:y\nb: C#\nc: ratio 16:9\n'],
    ['a list at the end of the block', 'guests:\n  - a\n  - b'],
    ['a key left empty before another', 'guests:\ntitle: x\n'],
    ['single quotes around nothing', 'a: \'\'\nb: ""\n'],
    ['ids that start with a digit', 'youtubeId: 6bv4aogm9vp\nother: 9-lives_x\n'],
    [
      'quotes inside quoted chapter titles',
      "chapters:\n  - title: 'It''s here'\n    startTime: 1\n  - title: 'x'\n    startTime: 2\n",
    ],
    ['an emoji', 'title: Launch 🚀 day\n'],
  ])('agrees with js-yaml on %s', (_, source) => {
    const plain = parsePlainYaml(source)
    expect(plain).toBeDefined()
    expect(JSON.stringify(plain)).toBe(JSON.stringify(load(source, { schema: CORE_SCHEMA })))
  })
})
