import { useState } from 'react'
import { formatClock } from '../../../lib/format-clock.ts'
import { formatTimeParam } from '../lib/time.ts'
import { playerStore } from '../store/player-store.ts'
import { focusRing } from './styles.ts'

/** Copies a link to this episode at the position playing now (0 when it is not in the player). */
export function CopyMomentLink({ slug }: { slug: string }) {
  const [message, setMessage] = useState('')
  const copy = () => {
    const inPlayer = playerStore.getState().episode?.slug === slug
    const seconds = inPlayer ? playerStore.getPosition() : 0
    const url = new URL(window.location.href)
    url.search = `?t=${formatTimeParam(seconds)}`
    url.hash = ''
    const link = url.toString()
    const done = () => setMessage(`Link to ${formatClock(seconds)} copied.`)
    const failed = () => setMessage(`Copy this link: ${link}`)
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(link).then(done, failed)
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className={`rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${focusRing}`}
      >
        Copy link at current time
      </button>
      <span role="status" className="break-all text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </div>
  )
}
