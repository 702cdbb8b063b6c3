import { useRef, useState } from 'react'
import { EmbedDialog } from './embed-dialog.tsx'

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
          setOpen(true)
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Embed
      </button>
      <EmbedDialog
        open={open}
        onClose={close}
        slug={slug}
        title={title}
        siteRoot={siteRoot}
        currentTime={currentTime}
      />
    </>
  )
}
