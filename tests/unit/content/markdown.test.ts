import { describe, expect, it } from 'vitest'
import { excerpt, renderMarkdown } from '../../../src/content/compile/markdown.ts'

/** Texts made of random runs of `pieces`, the same on every run (a seeded generator). */
function generatedTexts(
  pieces: readonly string[],
  { seed, count, maxPieces }: { seed: number; count: number; maxPieces: number },
): string[] {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state
  }
  return Array.from({ length: count }, () => {
    let text = ''
    for (let part = next() % maxPieces; part > 0; part--) text += pieces[next() % pieces.length]
    return text
  })
}

describe('renderMarkdown', () => {
  it('links bare addresses, with or without a scheme in the rest of the text', () => {
    expect(renderMarkdown('Write to jane@example.com').html).toBe(
      '<p>Write to <a href="mailto:jane@example.com" rel="nofollow noopener noreferrer">jane@example.com</a></p>\n',
    )
    expect(renderMarkdown('Slides at https://example.com/talk').html).toBe(
      '<p>Slides at <a href="https://example.com/talk" rel="nofollow noopener noreferrer">https://example.com/talk</a></p>\n',
    )
    expect(renderMarkdown('Plain words, and a path like docs/setup').html).toBe(
      '<p>Plain words, and a path like docs/setup</p>\n',
    )
  })

  it('escapes raw HTML: script tags and event handlers stay text', () => {
    const { html, text } = renderMarkdown(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>',
    )
    expect(html).not.toMatch(/<script|<img|<iframe/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).toContain('<script>alert(1)</script>')
  })

  it('keeps only http, https and mailto links, with a safe rel', () => {
    const { html } = renderMarkdown(
      '[web](https://example.com) [mail](mailto:a@example.com) [js](javascript:alert(1)) [vb](vbscript:x) [data](data:text/html;base64,PHNjcmlwdD4=) [rel](/local) <javascript:alert(2)> [JS](JAVASCRIPT:alert(3))',
    )
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    expect(hrefs).toEqual(['https://example.com', 'mailto:a@example.com'])
    expect(html).toContain(
      '<a href="https://example.com" rel="nofollow noopener noreferrer">web</a>',
    )
    // Refused links keep their text, as text.
    expect(html).toMatch(/ js vb data rel javascript:alert\(2\) JS<\/p>/)
  })

  it('never emits an image; shows a link or its alt text instead', () => {
    const { html } = renderMarkdown(
      '![cover art](https://cdn.example.com/a.png) ![local](/a.png) ![x](javascript:alert(1))',
    )
    expect(html).not.toContain('<img')
    expect(html).toContain(
      '<a href="https://cdn.example.com/a.png" rel="nofollow noopener noreferrer">cover art</a>',
    )
    expect(html).toMatch(/> local x<\/p>/)
  })

  it('gives plain text with paragraphs, list items and code', () => {
    const { text } = renderMarkdown(
      '# Title\n\nOne **bold** and `code`.\n\n- first\n- second\n\n```\nblock\n```\n',
    )
    expect(text).toBe('Title\n\nOne bold and code.\n\nfirst\nsecond\nblock')
  })

  it('renders nothing for an empty body', () => {
    expect(renderMarkdown('  \n')).toEqual({ html: '', text: '' })
  })
})

describe('excerpt', () => {
  it('keeps short texts and flattens whitespace', () => {
    expect(excerpt('One\n\ntwo   three')).toBe('One two three')
  })

  it('cuts long texts at a word boundary near 140 characters', () => {
    const text = 'word '.repeat(60)
    const result = excerpt(text)
    expect(result.length).toBeLessThanOrEqual(141)
    expect(result).toMatch(/ word…$/)
  })

  it('ends before trailing punctuation and counts every kind of white space', () => {
    const text = `Intro,\u00a0then\u2003more:\t${'abc, '.repeat(40)}`
    const result = excerpt(text)
    expect(result.startsWith('Intro, then more: abc, abc')).toBe(true)
    expect(result).toMatch(/abc…$/)
  })

  it('agrees with collapsing white space by regular expression, on varied texts', () => {
    const reference = (text: string, max = 140) => {
      const flat = text.replace(/\s+/g, ' ').trim()
      if (flat.length <= max) return flat
      const cut = flat.slice(0, max)
      const space = cut.lastIndexOf(' ')
      const words = space > max * 0.6 ? cut.slice(0, space) : cut
      return `${words.replace(/[\s,;:.!?-]+$/, '')}…`
    }
    const pieces = ['word', 'a', '—', 'x'.repeat(90), ',', '.', ' ', '\n\n', '\u2028', '  ', 'é!']
    for (const text of generatedTexts(pieces, { seed: 7, count: 300, maxPieces: 80 })) {
      expect(excerpt(text), JSON.stringify(text)).toBe(reference(text))
    }
  })
})
