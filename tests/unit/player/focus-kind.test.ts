// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { focusKind } from '../../../src/features/player/lib/shortcut-action.ts'

const element = (html: string) => {
  document.body.innerHTML = html
  const found = document.querySelector('[data-target]')
  if (!found) throw new Error('no [data-target] in the markup')
  return found
}

describe('focusKind', () => {
  it.each([
    ['<input data-target type="search">', 'text'],
    ['<input data-target>', 'text'],
    ['<textarea data-target></textarea>', 'text'],
    ['<select data-target></select>', 'text'],
    ['<div data-target contenteditable="true"></div>', 'text'],
    ['<dialog open><button data-target>Close</button></dialog>', 'text'],
    ['<input data-target type="range">', 'slider'],
    ['<div role="toolbar"><button data-target>tick</button></div>', 'slider'],
    ['<input data-target type="checkbox">', 'button'],
    ['<button data-target>Play</button>', 'button'],
    ['<a data-target href="/">Home</a>', 'button'],
    ['<h1 data-target>Title</h1>', 'other'],
  ])('%s is %s', (html, kind) => {
    expect(focusKind(element(html))).toBe(kind)
  })

  it('treats the page itself as a place for shortcuts', () => {
    expect(focusKind(document.body)).toBe('other')
    expect(focusKind(null)).toBe('other')
  })
})
