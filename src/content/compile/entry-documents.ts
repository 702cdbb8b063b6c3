import type { CatalogIndex } from '../documents.ts'
import type { ContentProblem } from '../read/problems.ts'
import { compareText } from '../read/problems.ts'
import type { References } from './references.ts'
import type { Registries } from './registries.ts'

export interface PublishedFile {
  path: string
  content: string
}

/** Every person the index names: guests and the hosts of its shows. */
function peopleOf(index: CatalogIndex): string[] {
  const slugs = new Set(index.facets.guests.map((guest) => guest.slug))
  for (const show of index.facets.shows) for (const host of show.hosts) slugs.add(host.slug)
  return [...slugs].sort(compareText)
}

/**
 * `people/<slug>.json`, `technologies/<slug>.json` and `shows/<slug>.json` (paths
 * under `data/`) for each entry the index names: what its page shows beyond the
 * index, such as a bio or a description, so that the index stays small.
 */
export function entryDocuments(index: CatalogIndex, references: References): PublishedFile[] {
  const files: PublishedFile[] = []
  for (const slug of peopleOf(index)) {
    files.push({
      path: `people/${slug}.json`,
      content: JSON.stringify(references.personDocument(slug)),
    })
  }
  const sorted = (entries: ReadonlyArray<{ slug: string }>) =>
    entries.map((entry) => entry.slug).sort(compareText)
  for (const slug of sorted(index.facets.technologies)) {
    const document = references.technologyDocument(slug)
    files.push({ path: `technologies/${slug}.json`, content: JSON.stringify(document) })
  }
  for (const slug of sorted(index.facets.shows)) {
    files.push({
      path: `shows/${slug}.json`,
      content: JSON.stringify(references.showDocument(slug)),
    })
  }
  return files
}

/**
 * The problems of entries left out as invalid: errors when the index names
 * them (a page would show a made-up entry), warnings otherwise.
 */
export function invalidEntryProblems(
  index: CatalogIndex,
  registries: Registries,
): ContentProblem[] {
  const used = {
    people: new Set(peopleOf(index)),
    technologies: new Set(index.facets.technologies.map((entry) => entry.slug)),
    shows: new Set(index.facets.shows.map((entry) => entry.slug)),
  }
  const problems: ContentProblem[] = []
  for (const kind of ['people', 'technologies', 'shows'] as const) {
    for (const [slug, found] of registries[kind].invalid) {
      const isUsed = used[kind].has(slug)
      for (const problem of found) {
        problems.push(
          isUsed
            ? problem
            : {
                ...problem,
                severity: 'warning',
                message: `${problem.message} (no episode uses "${slug}", so it was left out)`,
              },
        )
      }
    }
  }
  return problems
}
