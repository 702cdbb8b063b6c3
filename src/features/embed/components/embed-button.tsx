import { lazy, Suspense, useRef, useState } from 'react'

// The dialog's code (and the snippet it writes) loads with the first press.
const EmbedDialog = lazy(() =>
  import('./embed-dialog.tsx').then((module) => ({ default: module.EmbedDialog })),
)

interface EmbedButtonProps {
  slug: string
  title: string
  siteRoot: string
  /** Reads the listener's position in this episode, or null when it is not in the player. */
  readCurrentTime: () => number | null
}

/** "Embed" on the episode page: opens the dialog with the iframe code; the focus comes back here. */
export function EmbedButton({ slug, title, siteRoot, readCurrentTime }: EmbedButtonProps) {
  const [open, setOpen] = useState(false)
  const [pressed, setPressed] = useState(false)
  const [currentTime, setCurrentTime] = useState<number | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setCurrentTime(readCurrentTime())
          setPressed(true)
          setOpen(true)
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Embed
      </button>
      {pressed && (
        <Suspense fallback={null}>
          <EmbedDialog
            open={open}
            onClose={close}
            slug={slug}
            title={title}
            siteRoot={siteRoot}
            currentTime={currentTime}
          />
        </Suspense>
      )}
    </>
  )
}
