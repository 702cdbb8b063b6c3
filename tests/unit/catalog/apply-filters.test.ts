import { describe, expect, it } from 'vitest'
import { applyFilters } from '../../../src/features/catalog/filters/apply-filters.ts'
import { buildCatalogModel } from '../../../src/features/catalog/filters/catalog-model.ts'
import {
  emptyFilters,
  type FilterGroup,
  type FilterState,
} from '../../../src/features/catalog/filters/filter-state.ts'
import { fixtureCatalog } from './catalog-fixture.ts'

const model = buildCatalogModel(fixtureCatalog())

function run(state: Partial<FilterState>, search: string[] | null = null) {
  const order = search
    ? Int32Array.from(search.map((slug) => model.episodeBySlug.get(slug) ?? -1))
    : null
  const result = applyFilters(model, { ...emptyFilters, ...state }, order)
  const slugs = [...result.episodes].map((i) => model.episodes[i]?.slug)
  const count = (group: FilterGroup) =>
    Object.fromEntries(
      model.groups[group].options.map((option, i) => [option.slug, result.counts[group][i]]),
    )
  return { slugs, count }
}

describe('applyFilters', () => {
  it('keeps every episode, newest first, without filters', () => {
    const { slugs, count } = run({})
    expect(slugs).toEqual(['kairos', 'cilium', 'ebpf-intro', 'news', 'no-show'])
    expect(count('guests')).toEqual({ mauro: 3, liz: 2, dimitris: 1 })
  })

  it('combines choices within a group with OR', () => {
    expect(run({ guests: ['dimitris', 'liz'] }).slugs).toEqual(['kairos', 'cilium', 'ebpf-intro'])
    expect(run({ technologies: ['ebpf', 'cilium'] }).slugs).toEqual(['cilium', 'ebpf-intro'])
  })

  it('combines groups with AND', () => {
    expect(run({ guests: ['mauro'], technologies: ['kairos'] }).slugs).toEqual([
      'kairos',
      'no-show',
    ])
    expect(run({ guests: ['mauro'], shows: ['deep-dive'] }).slugs).toEqual(['ebpf-intro'])
    expect(run({ guests: ['liz'], categories: ['announcement'] }).slugs).toEqual([])
  })

  it("counts each group's options under the other groups' filters only", () => {
    const { count } = run({ guests: ['liz'], technologies: ['kubernetes'] })
    // Guests are counted among Kubernetes episodes, ignoring the guest choice itself.
    expect(count('guests')).toEqual({ mauro: 1, liz: 1, dimitris: 1 })
    // Technologies are counted among Liz's episodes.
    expect(count('technologies')).toEqual({ kairos: 0, kubernetes: 1, cilium: 1, ebpf: 1 })
    // Shows and categories see both filters.
    expect(count('shows')).toEqual({ compass: 1, 'deep-dive': 0 })
    expect(count('categories')).toEqual({ interview: 1, announcement: 0, tutorial: 0 })
  })

  it('ignores slugs the catalog does not know', () => {
    expect(run({ guests: ['nobody'] }).slugs).toHaveLength(5)
    expect(run({ guests: ['nobody', 'liz'] }).slugs).toEqual(['cilium', 'ebpf-intro'])
  })

  it('restricts to the search hits and keeps their order', () => {
    const { slugs, count } = run({ technologies: ['kubernetes'] }, ['no-show', 'cilium', 'kairos'])
    expect(slugs).toEqual(['cilium', 'kairos'])
    expect(count('technologies')).toEqual({ kairos: 2, kubernetes: 2, cilium: 1, ebpf: 0 })
  })
})
