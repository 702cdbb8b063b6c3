export function EmptyResults({ onClear }: { onClear: () => void }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="mb-3 font-medium">No episodes match these filters.</p>
      <button
        type="button"
        onClick={onClear}
        className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:bg-accent-strong"
      >
        Clear filters
      </button>
    </div>
  )
}
