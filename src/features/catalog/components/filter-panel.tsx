import { useState } from 'react'
import {
  type FilterSelection,
  filterGroups,
  type FilterGroup as Group,
} from '../filters/filter-state.ts'
import type { NamedOption } from '../filters/visible-options.ts'
import { FilterGroup } from './filter-group.tsx'

const legends: Record<Group, string> = {
  guests: 'Guests',
  technologies: 'Technologies',
  shows: 'Shows',
  categories: 'Categories',
}

interface FilterPanelProps {
  /** Per group, its first options with their names (the rest load when a group needs them). */
  heads: Record<Group, readonly NamedOption[]>
  /** Per group, per option: the episodes it would give under the other groups' filters. */
  counts: Record<Group, Int32Array>
  /** The counts are those of the previous filters until the new ones arrive. */
  countsPending?: boolean
  selection: FilterSelection
  active: boolean
  onToggle: (group: Group, slug: string) => void
  onClear: () => void
}

/** All facet groups; on phones they fold behind a "Filters" button. */
export function FilterPanel({
  heads,
  counts,
  countsPending = false,
  selection,
  active,
  onToggle,
  onClear,
}: FilterPanelProps) {
  const [open, setOpen] = useState(false)
  // Clearing hides the button; while it holds the keyboard focus it stays, so the focus is not lost.
  const [clearFocused, setClearFocused] = useState(false)
  const chosen = filterGroups.reduce((sum, group) => sum + selection[group].length, 0)
  return (
    <section aria-label="Filters" aria-busy={countsPending} className="md:sticky md:top-4">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-groups"
        onClick={() => setOpen(!open)}
        className="mb-3 w-full rounded-lg border border-slate-300 px-3 py-2 text-left font-medium md:hidden dark:border-slate-600"
      >
        Filters{chosen > 0 ? ` (${chosen} chosen)` : ''}
      </button>
      <div id="filter-groups" className={`${open ? 'flex' : 'hidden'} flex-col gap-5 md:flex`}>
        {(active || clearFocused) && (
          <button
            type="button"
            onClick={onClear}
            onFocus={() => setClearFocused(true)}
            onBlur={() => setClearFocused(false)}
            className="self-start rounded-md bg-slate-100 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          >
            Clear filters
          </button>
        )}
        {filterGroups.map((group) =>
          counts[group].length === 0 ? null : (
            <FilterGroup
              key={group}
              group={group}
              legend={legends[group]}
              head={heads[group]}
              counts={counts[group]}
              selected={selection[group]}
              onToggle={(slug) => onToggle(group, slug)}
            />
          ),
        )}
      </div>
    </section>
  )
}
