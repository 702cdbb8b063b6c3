import { useMemo } from 'react'
import { applyFilters } from '../filters/apply-filters.ts'
import type { CatalogModel } from '../filters/catalog-model.ts'
import { emptyFilters, type FilterGroup } from '../filters/filter-state.ts'
import type { EpisodeCardSlots } from './card-slots.ts'
import { EpisodeList } from './episode-list.tsx'

interface EpisodeCollectionProps {
  model: CatalogModel
  group: FilterGroup
  slug: string
  heading: string
  slots: EpisodeCardSlots
}

/** The episodes of one guest, technology or show, newest first. */
export function EpisodeCollection({ model, group, slug, heading, slots }: EpisodeCollectionProps) {
  const entries = useMemo(
    () =>
      Array.from(applyFilters(model, { ...emptyFilters, [group]: [slug] }).episodes).flatMap(
        (key) => {
          const episode = model.episodes[key]
          return episode ? [{ key, episode }] : []
        },
      ),
    [model, group, slug],
  )
  return (
    <section aria-labelledby="collection-episodes" className="flex flex-col gap-4">
      <h2 id="collection-episodes" className="text-xl font-semibold">
        {heading}
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No episodes yet.</p>
      ) : (
        <EpisodeList
          model={model}
          entries={entries}
          slots={slots}
          label={heading}
          headingLevel={3}
        />
      )}
    </section>
  )
}
