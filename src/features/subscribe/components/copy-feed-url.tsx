import { useState } from 'react'

const button =
  'rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:border-slate-600 dark:hover:bg-slate-800'

/** Copies the feed's address, for apps that subscribe by URL. */
export function CopyFeedUrl({ url }: { url: string }) {
  const [message, setMessage] = useState('')
  const copy = () => {
    const failed = () => setMessage(`Copy this address: ${url}`)
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(url).then(() => setMessage('Feed URL copied.'), failed)
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={button}>
        Copy feed URL
      </button>
      <span role="status" className="break-all text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </div>
  )
}
