import { useId, useState } from 'react'
import type { FilterGroup as Group } from '../filters/filter-state.ts'
import { type NamedOption, visibleOptions } from '../filters/visible-options.ts'
import { useGroupOptions } from '../hooks/use-group-options.ts'

interface FilterGroupProps {
  group: Group
  legend: string
  /** The first options of the group, with their names; the rest load when they are needed. */
  head: readonly NamedOption[]
  /** Per option of the whole group, in the same order. */
  counts: Int32Array
  selected: readonly string[]
  onToggle: (slug: string) => void
}

const SHORT_LIST = 12

/**
 * One facet group. Options keep the catalog-wide "most used first" order so they
 * do not jump while counts change; options no episode would match are hidden
 * unless chosen. Long groups get a box to narrow them and a "show all" toggle.
 * The names past the head load once the list needs them: expanded, narrowed,
 * a chosen option among them, or one of them among the first listed.
 */
export function FilterGroup({ group, legend, head, counts, selected, onToggle }: FilterGroupProps) {
  const narrowId = useId()
  const [narrow, setNarrow] = useState('')
  const [expanded, setExpanded] = useState(false)
  const [tailWanted, setTailWanted] = useState(false)
  // The option and the toggle under the keyboard focus stay while it is there.
  const [focusedSlug, setFocusedSlug] = useState<string | null>(null)
  const [toggleFocused, setToggleFocused] = useState(false)
  const complete = head.length >= counts.length
  const options = useGroupOptions(group, head, complete, tailWanted)
  const long = counts.length > SHORT_LIST
  const { shown, matching, needsMore } = visibleOptions(
    options,
    counts,
    selected,
    narrow,
    SHORT_LIST,
    expanded,
    focusedSlug,
  )
  if (needsMore && !tailWanted) setTailWanted(true)

  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-200">
        {legend}
      </legend>
      {long && (
        <div className="mb-2">
          <label htmlFor={narrowId} className="sr-only">
            Filter {legend.toLowerCase()}
          </label>
          <input
            id={narrowId}
            type="search"
            value={narrow}
            onChange={(event) => setNarrow(event.target.value)}
            onFocus={() => setTailWanted(true)}
            placeholder={`Filter ${legend.toLowerCase()}…`}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
        </div>
      )}
      <ul className="space-y-1">
        {shown.map(({ option, count, isChosen }) => (
          <li key={option.slug}>
            <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                checked={isChosen}
                onChange={() => onToggle(option.slug)}
                onFocus={() => setFocusedSlug(option.slug)}
                onBlur={() => setFocusedSlug(null)}
                className="mt-0.5 size-4 shrink-0 accent-accent"
              />
              {option.icon && (
                <img
                  src={option.icon}
                  alt=""
                  width={16}
                  height={16}
                  loading="lazy"
                  decoding="async"
                  className="mt-0.5 size-4 shrink-0 rounded-sm"
                />
              )}
              <span className="min-w-0 flex-1 break-words">{option.name}</span>
              <span className="tabular-nums text-slate-600 dark:text-slate-300">({count})</span>
            </label>
          </li>
        ))}
        {matching === 0 && (
          <li className="px-1 text-sm text-slate-600 dark:text-slate-300">
            No matching {legend.toLowerCase()}
          </li>
        )}
      </ul>
      {(toggleFocused || ((shown.length < matching || expanded) && matching > SHORT_LIST)) && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          onFocus={() => setToggleFocused(true)}
          onBlur={() => setToggleFocused(false)}
          className="mt-2 text-sm font-medium text-accent hover:underline"
        >
          {expanded
            ? `Show fewer ${legend.toLowerCase()}`
            : `Show all ${matching} ${legend.toLowerCase()}`}
        </button>
      )}
    </fieldset>
  )
}
