import { catalogLayout, existingSlugs, joinPath } from './catalog-layout.ts'
import { entryFile } from './entry-file.ts'
import { type EpisodeDraft, episodeDraft } from './episode-entry.ts'
import { type FeedPerson, personFields, showHosts } from './feed-people.ts'
import { fileOutcome, type PlannedFile } from './file-outcome.ts'
import { ImportError } from './import-error.ts'
import type { ImportReport } from './import-report.ts'
import { loadFeedText } from './load-source.ts'
import { hashOf, readManifest, writeManifest } from './manifest.ts'
import { readFeed, type SourceFeed } from './read-feed.ts'
import { addRegistryEntries } from './registry-file.ts'
import { addRemoteChapters } from './remote-chapters.ts'
import { artworkUrlOf, downloadArtwork, showEntry } from './show-entry.ts'
import { siteFile } from './site-file.ts'
import { shortSlug, uniqueSlug } from './slugs.ts'
import { writeWhole } from './write-whole.ts'

export interface ImportOptions {
  /** Feed URL or file. */
  source: string
  /** Catalog folder. */
  into: string
  /** Import a feed that says `podcast:locked` yes. */
  force: boolean
}

function refuseLocked(feed: SourceFeed, source: string, force: boolean) {
  if (!feed.podcast?.locked?.value || force) return
  const owner = feed.podcast.locked.owner ? ` (${feed.podcast.locked.owner})` : ''
  throw new ImportError(
    `${source} says podcast:locked yes: its owner${owner} asks that the show not be moved to another host. If it is yours, run the import again with --force. Nothing was written`,
  )
}

function drafts(feed: SourceFeed, show: string, report: ImportReport): EpisodeDraft[] {
  const byGuid = new Map<string, string>()
  const result: EpisodeDraft[] = []
  ;(feed.items ?? []).forEach((item, index) => {
    const converted = episodeDraft(item, index, show)
    if ('skipped' in converted) {
      report.leftOut.push({ label: converted.label, reason: converted.skipped })
      return
    }
    const { draft } = converted
    const first = byGuid.get(draft.id)
    if (first !== undefined) {
      report.leftOut.push({
        label: draft.label,
        reason: `has the same guid (${draft.id}) as ${first}, and a guid names one episode: left out; give it its own guid`,
      })
      return
    }
    byGuid.set(draft.id, draft.label)
    result.push(draft)
  })
  return result
}

/** Reads a feed and writes (or updates) the show, its people and its episodes in the catalog folder. */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const feed = readFeed(await loadFeedText(options.source), options.source)
  refuseLocked(feed, options.source, options.force)
  const layout = catalogLayout(options.into)
  const manifest = await readManifest(options.into)
  const showName = feed.title?.trim() ?? ''
  const show = shortSlug(showName) || 'show'
  const report: ImportReport = { show: showName, files: [], leftOut: [], notes: [] }
  const episodes = drafts(feed, show, report)
  await addRemoteChapters(episodes)
  const planned: PlannedFile[] = []

  const people = new Map<string, FeedPerson>()
  const hosts = showHosts(feed)
  for (const person of [...hosts, ...episodes.flatMap((draft) => draft.guests)])
    people.set(person.slug, people.get(person.slug) ?? person)
  const registryPeople = layout.people ? null : layout.registryFiles.people
  if (layout.people) {
    for (const person of people.values()) {
      planned.push({
        path: joinPath(layout.people, `${person.slug}.md`),
        content: entryFile(personFields(person), ''),
        label: person.name,
      })
    }
  }

  if (layout.shows) {
    const folder = joinPath(layout.shows, show)
    const artworkUrl = artworkUrlOf(feed)
    let cover: { file: string } | { url: string } | null = null
    if (artworkUrl) {
      const artwork = await downloadArtwork(artworkUrl)
      if ('failed' in artwork) {
        report.notes.push({
          label: 'artwork',
          message: `${artwork.failed}: the show links the remote image; import again to download it`,
        })
        cover = { url: artworkUrl }
      } else {
        cover = { file: `cover.${artwork.extension}` }
        planned.push({
          path: joinPath(folder, cover.file),
          content: artwork.bytes,
          label: `${showName} artwork`,
        })
      }
    }
    const entry = showEntry({ feed, hosts, cover })
    planned.push({
      path: joinPath(folder, 'index.md'),
      content: entryFile(entry.fields, entry.body),
      label: showName,
    })
  } else {
    report.notes.push({
      label: 'show',
      message: `shows are kept in ${layout.registryFiles.shows}, which the import does not edit: add "${show}" there (name: ${showName})`,
    })
  }

  const taken = existingSlugs(layout)
  for (const path of Object.values(manifest.episodes))
    taken.add(path.split('/').pop()?.slice(0, -3) ?? '')
  for (const draft of episodes) {
    let path = manifest.episodes[draft.id]
    if (path) {
      draft.fields.slug = path.split('/').pop()?.slice(0, -3) ?? draft.slug
    } else {
      const slug = uniqueSlug(draft.slug, taken)
      taken.add(slug)
      draft.fields.slug = slug
      path = joinPath(
        layout.episodes,
        show,
        String(draft.fields.publishedAt).slice(0, 4),
        `${slug}.md`,
      )
      manifest.episodes[draft.id] = path
    }
    for (const message of draft.notes) report.notes.push({ label: draft.label, message })
    planned.push({ path, content: entryFile(draft.fields, draft.body), label: draft.label })
  }

  if (!layout.hasSite) {
    planned.push({ path: 'site.yaml', content: siteFile(feed), label: 'site settings' })
  }

  try {
    if (registryPeople && people.size > 0) {
      const entries = [...people.values()].map((person) => ({
        key: person.slug,
        fields: personFields(person),
        label: person.name,
      }))
      report.files.push(...(await addRegistryEntries(options.into, registryPeople, entries)))
    }
    for (const file of planned) {
      const outcome = await fileOutcome(options.into, manifest, file)
      report.files.push({ path: file.path, label: file.label, outcome })
      if (outcome.kind === 'new' || outcome.kind === 'updated') {
        await writeWhole(joinPath(options.into, file.path), file.content)
        manifest.files[file.path] = hashOf(file.content)
      }
    }
  } finally {
    await writeManifest(options.into, manifest)
  }
  return report
}
