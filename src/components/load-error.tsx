interface LoadErrorProps {
  what: string
  onRetry: () => void
}

/** A failed data fetch: says what could not load and offers to try again. */
export function LoadError({ what, onRetry }: LoadErrorProps) {
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-xl border border-red-200 bg-red-50 p-5 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">Could not load {what}. Check your connection and try again.</p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
      >
        Retry
      </button>
    </div>
  )
}
