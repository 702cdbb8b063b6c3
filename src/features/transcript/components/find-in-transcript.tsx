import { useId } from 'react'
import { focusRing, smallButton } from './styles.ts'

interface FindInTranscriptProps {
  query: string
  onQuery: (query: string) => void
  count: number
  /** Index of the match Previous/Next is on, -1 before the first step. */
  active: number
  onStep: (direction: 1 | -1) => void
}

/** A search box over the transcript, the number of matches, and Previous/Next. */
export function FindInTranscript({ query, onQuery, count, active, onStep }: FindInTranscriptProps) {
  const inputId = useId()
  const searching = query.trim() !== ''
  return (
    <search aria-label="Transcript" className="flex flex-wrap items-center gap-2">
      <label htmlFor={inputId} className="sr-only">
        Find in transcript
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="Find in transcript"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          onStep(event.shiftKey ? -1 : 1)
        }}
        className={`w-48 rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${focusRing}`}
      />
      <span role="status" className="min-w-20 text-sm text-slate-700 dark:text-slate-300">
        {searching ? matchCount(count, active) : ''}
      </span>
      <button
        type="button"
        disabled={count === 0}
        aria-label="Previous match"
        onClick={() => onStep(-1)}
        className={smallButton}
      >
        Previous
      </button>
      <button
        type="button"
        disabled={count === 0}
        aria-label="Next match"
        onClick={() => onStep(1)}
        className={smallButton}
      >
        Next
      </button>
    </search>
  )
}

function matchCount(count: number, active: number): string {
  if (count === 0) return 'No matches'
  if (active < 0) return `${count} ${count === 1 ? 'match' : 'matches'}`
  return `${active + 1} of ${count}`
}
