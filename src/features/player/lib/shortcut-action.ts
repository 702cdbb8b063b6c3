export type ShortcutAction =
  | 'toggle'
  | 'back'
  | 'forward'
  | 'previous-chapter'
  | 'next-chapter'
  | 'mute'
  | 'slower'
  | 'faster'
  | 'help'

export interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
}

/** Keys a focused control already answers to: the shortcut must not act twice. */
export type FocusKind = 'text' | 'slider' | 'button' | 'other'

const SLIDER_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
])

/** Which player action a key press asks for, or null; pure so that every rule can be tested. */
export function shortcutAction(press: KeyPress, focus: FocusKind): ShortcutAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || focus === 'text') return null
  if (focus === 'slider' && SLIDER_KEYS.has(press.key)) return null
  if (focus === 'button' && (press.key === ' ' || press.key === 'Enter')) return null
  if (press.shiftKey && press.key === 'ArrowLeft') return 'previous-chapter'
  if (press.shiftKey && press.key === 'ArrowRight') return 'next-chapter'
  switch (press.key) {
    case '<':
      return 'slower'
    case '>':
      return 'faster'
    case '?':
      return 'help'
  }
  if (press.shiftKey) return null
  switch (press.key) {
    case ' ':
    case 'k':
      return 'toggle'
    case 'ArrowLeft':
    case 'j':
      return 'back'
    case 'ArrowRight':
    case 'l':
      return 'forward'
    case 'm':
      return 'mute'
    default:
      return null
  }
}

/** What kind of element has the focus, for `shortcutAction`. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'other'
  const editable = target.closest('[contenteditable]:not([contenteditable="false"])')
  if (target.isContentEditable || editable || target.closest('dialog')) return 'text'
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return 'slider'
    return ['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
      ? 'button'
      : 'text'
  }
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text'
  if (
    target.closest('button, a[href], summary, [role="button"], [role="slider"], [role="toolbar"]')
  ) {
    return target.closest('[role="slider"], [role="toolbar"]') ? 'slider' : 'button'
  }
  return 'other'
}
