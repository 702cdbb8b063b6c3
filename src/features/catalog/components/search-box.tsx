import type { Ref } from 'react'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  onFocus: () => void
  ref?: Ref<HTMLInputElement>
}

export function SearchBox({ value, onChange, onFocus, ref }: SearchBoxProps) {
  return (
    <search className="relative">
      <label htmlFor="episode-search" className="sr-only">
        Search episodes
      </label>
      <input
        ref={ref}
        id="episode-search"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
        placeholder="Search titles, chapters, guests…"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
    </search>
  )
}
