import { describe, expect, it } from 'vitest'
import { snippetParts } from '../../../src/features/catalog/search/snippet.ts'

const marked = (parts: ReturnType<typeof snippetParts>) =>
  parts.filter((part) => part.marked).map((part) => part.text)
const text = (parts: ReturnType<typeof snippetParts>) => parts.map((part) => part.text).join('')

describe('snippetParts', () => {
  it('splits a short text into plain and matched parts', () => {
    const parts = snippetParts('Meet the Verifier', [[9, 17]])
    expect(parts).toEqual([
      { text: 'Meet the ', marked: false },
      { text: 'Verifier', marked: true },
    ])
  })

  it('keeps several matches in order, and markup as text', () => {
    const title = '<img src=x onerror=alert(1)> kernel and kernels'
    const parts = snippetParts(title, [
      [29, 35],
      [40, 47],
    ])
    expect(text(parts)).toBe(title)
    expect(marked(parts)).toEqual(['kernel', 'kernels'])
  })

  it('cuts a long passage around its first match, on word boundaries, with ellipses', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`)
    words[50] = 'eBPF'
    const passage = words.join(' ')
    const start = passage.indexOf('eBPF')
    const parts = snippetParts(passage, [[start, start + 4]], 100)
    const shown = text(parts)
    expect(marked(parts)).toEqual(['eBPF'])
    expect(shown.startsWith('…word')).toBe(true)
    expect(shown.endsWith('…')).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(102)
    for (const piece of shown.slice(1, -1).split(' ')) expect(words).toContain(piece)
  })

  it('leaves out matches outside the cut', () => {
    const passage = `eBPF ${'filler '.repeat(60)}eBPF`
    const end = passage.length
    const parts = snippetParts(passage, [
      [0, 4],
      [end - 4, end],
    ])
    expect(marked(parts)).toEqual(['eBPF'])
    expect(text(parts).endsWith('…')).toBe(true)
  })
})
