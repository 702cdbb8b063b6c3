export function SearchUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="flex items-center gap-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>Search could not be loaded.</span>
      <button type="button" onClick={onRetry} className="font-semibold underline">
        Retry
      </button>
    </div>
  )
}
