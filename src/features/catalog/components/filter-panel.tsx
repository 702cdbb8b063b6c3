import { useState } from 'react'
import type { FilterResult } from '../filters/apply-filters.ts'
import type { CatalogModel } from '../filters/catalog-model.ts'
import {
  type FilterSelection,
  filterGroups,
  type FilterGroup as Group,
} from '../filters/filter-state.ts'
import { FilterGroup } from './filter-group.tsx'

const legends: Record<Group, string> = {
  guests: 'Guests',
  technologies: 'Technologies',
  shows: 'Shows',
  categories: 'Categories',
}

interface FilterPanelProps {
  model: CatalogModel
  counts: FilterResult['counts'] | null
  selection: FilterSelection
  active: boolean
  onToggle: (group: Group, slug: string) => void
  onClear: () => void
}

/** All facet groups; on phones they fold behind a "Filters" button. */
export function FilterPanel({
  model,
  counts,
  selection,
  active,
  onToggle,
  onClear,
}: FilterPanelProps) {
  const [open, setOpen] = useState(false)
  const chosen = filterGroups.reduce((sum, group) => sum + selection[group].length, 0)
  return (
    <section aria-label="Filters" className="md:sticky md:top-4">
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
        {active && (
          <button
            type="button"
            onClick={onClear}
            className="self-start rounded-md bg-slate-100 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          >
            Clear filters
          </button>
        )}
        {filterGroups.map((group) =>
          model.groups[group].options.length === 0 ? null : (
            <FilterGroup
              key={group}
              legend={legends[group]}
              options={model.groups[group].options}
              counts={counts?.[group] ?? totals(model, group)}
              selected={selection[group]}
              onToggle={(slug) => onToggle(group, slug)}
            />
          ),
        )}
      </div>
    </section>
  )
}

function totals(model: CatalogModel, group: Group): Int32Array {
  return Int32Array.from(model.groups[group].options, (option) => option.total)
}
