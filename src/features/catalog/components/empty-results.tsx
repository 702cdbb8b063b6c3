export function EmptyResults({ onClear }: { onClear: () => void }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="mb-3 font-medium">No episodes match these filters.</p>
      <button
        type="button"
        onClick={onClear}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700"
      >
        Clear filters
      </button>
    </div>
  )
}
