import { useEffect } from 'react'
import { focusKind, type ShortcutAction, shortcutAction } from '../lib/shortcut-action.ts'
import { stepSpeed } from '../lib/speeds.ts'
import { nextChapter, previousChapter, skipBack, skipForward } from '../store/player-commands.ts'
import { playerStore } from '../store/player-store.ts'

/** Page-wide player keys (see the shortcuts dialog); `onHelp` opens that dialog. */
export function useKeyboardShortcuts(onHelp: () => void) {
  useEffect(() => {
    const run: Record<ShortcutAction, () => void> = {
      toggle: playerStore.toggle,
      back: skipBack,
      forward: skipForward,
      'previous-chapter': previousChapter,
      'next-chapter': nextChapter,
      mute: () => playerStore.setMuted(!playerStore.getState().muted),
      slower: () => playerStore.setRate(stepSpeed(playerStore.getState().rate, -1)),
      faster: () => playerStore.setRate(stepSpeed(playerStore.getState().rate, 1)),
      help: onHelp,
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const action = shortcutAction(event, focusKind(event.target))
      if (!action) return
      event.preventDefault()
      run[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
