import { describe, expect, it } from 'vitest'
import { shortcutAction } from '../../../src/features/player/lib/shortcut-action.ts'
import { stepSpeed } from '../../../src/features/player/lib/speeds.ts'

const press = (
  key: string,
  modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
})

describe('shortcutAction', () => {
  it.each([
    [' ', 'toggle'],
    ['k', 'toggle'],
    ['ArrowLeft', 'back'],
    ['j', 'back'],
    ['ArrowRight', 'forward'],
    ['l', 'forward'],
    ['m', 'mute'],
    ['<', 'slower'],
    ['>', 'faster'],
    ['?', 'help'],
  ])('maps %j to %s', (key, action) => {
    expect(shortcutAction(press(key), 'other')).toBe(action)
  })

  it('uses Shift with the arrows for chapters', () => {
    expect(shortcutAction(press('ArrowLeft', { shiftKey: true }), 'other')).toBe('previous-chapter')
    expect(shortcutAction(press('ArrowRight', { shiftKey: true }), 'other')).toBe('next-chapter')
    expect(shortcutAction(press('K', { shiftKey: true }), 'other')).toBeNull()
  })

  it('leaves browser and system shortcuts alone', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(shortcutAction(press('k', { [modifier]: true }), 'other')).toBeNull()
      expect(shortcutAction(press('ArrowLeft', { [modifier]: true }), 'other')).toBeNull()
    }
  })

  it('is ignored while typing, and never doubles what a focused control does', () => {
    expect(shortcutAction(press('k'), 'text')).toBeNull()
    expect(shortcutAction(press(' '), 'text')).toBeNull()
    expect(shortcutAction(press('ArrowLeft'), 'slider')).toBeNull()
    expect(shortcutAction(press('k'), 'slider')).toBe('toggle')
    expect(shortcutAction(press(' '), 'button')).toBeNull()
    expect(shortcutAction(press('Enter'), 'button')).toBeNull()
    expect(shortcutAction(press('m'), 'button')).toBe('mute')
  })
})

describe('stepSpeed', () => {
  it('steps through the offered speeds and stops at the ends', () => {
    expect(stepSpeed(1, 1)).toBe(1.1)
    expect(stepSpeed(1, -1)).toBe(0.75)
    expect(stepSpeed(3, 1)).toBe(3)
    expect(stepSpeed(0.5, -1)).toBe(0.5)
    expect(stepSpeed(1.3, 1)).toBe(1.5)
    expect(stepSpeed(1.3, -1)).toBe(1.25)
  })
})
