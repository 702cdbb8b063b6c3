import { useEffect, useId, useRef, useState } from 'react'
import { embedSnippet, embedUrl } from '../../../lib/embed-snippet.ts'
import { formatClock } from '../../../lib/format-clock.ts'

const buttonClass =
  'rounded-md px-3 py-1.5 font-medium outline-none focus-visible:ring-2 focus-visible:ring-accent focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900'

interface EmbedDialogProps {
  open: boolean
  onClose: () => void
  slug: string
  title: string
  /** The site's absolute root URL, ending in `/`. */
  siteRoot: string
  /** The listener's position in this episode when the dialog opened, or null. */
  currentTime: number | null
}

/** The iframe code for this episode, optionally starting at the current time, with Copy. */
export function EmbedDialog({
  open,
  onClose,
  slug,
  title,
  siteRoot,
  currentTime,
}: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const code = useRef<HTMLTextAreaElement>(null)
  const [fromCurrentTime, setFromCurrentTime] = useState(false)
  const [status, setStatus] = useState('')
  const headingId = useId()
  const codeId = useId()
  const start = fromCurrentTime ? currentTime : null
  const snippet = embedSnippet(embedUrl(siteRoot, slug, start), title)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setStatus('')
      element.showModal()
    }
    if (!open && element.open) element.close()
  }, [open])

  const copy = () => {
    navigator.clipboard.writeText(snippet).then(
      () => setStatus('Copied.'),
      () => {
        code.current?.select()
        setStatus('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.')
      },
    )
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={headingId} className="mb-3 text-lg font-bold">
        Embed this episode
      </h2>
      <label htmlFor={codeId} className="mb-1 block text-sm font-medium">
        Embed code
      </label>
      <textarea
        ref={code}
        id={codeId}
        readOnly
        rows={5}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
      />
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={fromCurrentTime}
          disabled={currentTime === null}
          onChange={(event) => setFromCurrentTime(event.currentTarget.checked)}
          className="size-4 accent-accent"
        />
        Start at current time
        {currentTime === null ? ' (play the episode first)' : ` (${formatClock(currentTime)})`}
      </label>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={copy}
          className={`${buttonClass} bg-accent text-on-accent hover:bg-accent-strong`}
        >
          Copy
        </button>
        <button
          type="button"
          onClick={onClose}
          className={`${buttonClass} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
        >
          Close
        </button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {status}
        </p>
      </div>
    </dialog>
  )
}
