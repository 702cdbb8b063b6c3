import { useEffect, useRef } from 'react'
import { focusRing } from './styles.ts'

const SHORTCUTS: Array<[keys: string, action: string]> = [
  ['Space or K', 'Play or pause'],
  ['← or J', 'Back 15 seconds'],
  ['→ or L', 'Forward 30 seconds'],
  ['Shift + ←', 'Previous chapter'],
  ['Shift + →', 'Next chapter'],
  ['M', 'Mute or unmute'],
  ['< and >', 'Slower and faster'],
  ['?', 'Show these shortcuts'],
]

/** A modal dialog listing the keys; Escape or Close closes it and gives the focus back. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-bold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt className="font-mono font-semibold">{keys}</dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        onClick={onClose}
        className={`mt-4 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent ${focusRing}`}
      >
        Close
      </button>
    </dialog>
  )
}
