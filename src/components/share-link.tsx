import { useState } from 'react'

const button =
  'rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

/** Shares the page: the system's share sheet where there is one, else its link copied. */
export function ShareLink({ title }: { title: string }) {
  const [message, setMessage] = useState('')
  const share = () => {
    const url = new URL(window.location.href)
    url.search = ''
    url.hash = ''
    const link = url.toString()
    if (navigator.share) {
      navigator.share({ title, url: link }).catch(() => {})
      return
    }
    const failed = () => setMessage(`Copy this link: ${link}`)
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(link).then(() => setMessage('Link copied.'), failed)
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={share} className={button}>
        Share
      </button>
      <span role="status" className="break-all text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </span>
  )
}
