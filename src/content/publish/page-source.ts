import { cardNamer } from '../../lib/browse-index/browse-cards.ts'
import { browsePaths } from '../../lib/browse-index/browse-index-layout.ts'
import { withBuild } from '../../lib/static-index/part-builds.ts'
import type {
  CatalogIndex,
  EpisodeDocument,
  HomeDocument,
  TranscriptDocument,
} from '../documents.ts'
import { browseCardPart, browseMetaPart } from './browse-index/browse-index-files.ts'
import { indexBuild } from './index-build.ts'
import type { PageSource } from './page-routes.ts'

type CollectionGroup = 'guests' | 'technologies' | 'shows'

/** Each option's episodes by ordinal (newest first), for every collection page at once. */
function collectionOrdinals(catalog: CatalogIndex, group: CollectionGroup) {
  const bySlug = new Map<string, number[]>()
  catalog.episodes.forEach((episode, ordinal) => {
    const slugs = group === 'shows' ? (episode.show === null ? [] : [episode.show]) : episode[group]
    for (const slug of new Set(slugs)) {
      const list = bySlug.get(slug)
      if (list) list.push(ordinal)
      else bySlug.set(slug, [ordinal])
    }
  })
  return bySlug
}

/**
 * `read`, remembering its last answer: a page's head, its carried data and what it
 * names are drawn from the same documents, which would otherwise be read from the
 * shelf and parsed once each (three times an episode, twice a transcript).
 */
function lastRead<T>(read: (slug: string) => T): (slug: string) => T {
  let last: { slug: string; value: T } | null = null
  return (slug) => {
    if (last?.slug !== slug) last = { slug, value: read(slug) }
    return last.value
  }
}

/** The compiled documents (`path` → JSON text) as the page renderer reads them. */
export function pageSource(documents: ReadonlyMap<string, string>): PageSource {
  const read = <T>(path: string): T => {
    const text = documents.get(path)
    if (text === undefined) throw new Error(`No compiled document ${path}`)
    return JSON.parse(text) as T
  }
  const catalog = read<CatalogIndex>('episodes.json')
  // Built once, when the first page asks: every page that lists episodes reads them.
  let meta: string | null = null
  const ordinals = new Map<CollectionGroup, Map<string, number[]>>()
  const card = cardNamer(catalog.facets)
  return {
    catalog,
    home: read<HomeDocument>('home.json'),
    episode: lastRead((slug) => read<EpisodeDocument>(`episodes/${slug}.json`)),
    entry: (kind, slug) => {
      const text = documents.get(`${kind}/${slug}.json`)
      return text === undefined ? undefined : JSON.parse(text)
    },
    transcript: lastRead((slug) => {
      const text = documents.get(`transcripts/${slug}.json`)
      return text === undefined ? undefined : (JSON.parse(text) as TranscriptDocument)
    }),
    indexPart: (path) => {
      if (path === browsePaths.meta) {
        // It names the build the index's other parts are written under (static-index.ts).
        meta ??= withBuild(browseMetaPart(catalog), indexBuild(documents))
        return meta
      }
      const card = /^data\/browse\/cards\/(\d+)\.json$/.exec(path)
      return card ? browseCardPart(catalog, Number(card[1])) : undefined
    },
    collection: (group, slug, size, page) => {
      const byGroup = ordinals.get(group) ?? collectionOrdinals(catalog, group)
      ordinals.set(group, byGroup)
      const list = byGroup.get(slug) ?? []
      const items = list.slice((page - 1) * size, page * size).map((ordinal) => ({
        ordinal,
        episode: card(catalog.episodes[ordinal] as CatalogIndex['episodes'][number]),
      }))
      return { total: list.length, items }
    },
  }
}
