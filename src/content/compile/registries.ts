import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import type { ImageDocument } from '../documents.ts'
import { type CollectionKind, readCollection } from '../read/collection.ts'
import { displayPath } from '../read/display-path.ts'
import type { ImageRequest } from '../read/images/site-images.ts'
import type { ContentProblem } from '../read/problems.ts'
import { type EntrySource, locateField, type RawCollection } from '../read/raw-entry.ts'
import { decodeSource } from '../read/source-text.ts'
import { parseYaml } from '../read/yaml/parse-yaml.ts'
import { formatFieldPath, type YamlLocator } from '../read/yaml/yaml-locator.ts'
import { withoutEmptyOptionals } from './empty-optionals.ts'
import { ARTWORK_BOX, avatarRequest, ICON_BOX, warningAt } from './images/entry-image-requests.ts'
import { type ImageContext, showArtwork, technologyIcon } from './images/entry-images.ts'
import { validateEntries } from './registry-entries.ts'
import {
  type PersonEntry,
  personSchema,
  type ShowEntry,
  type SiteConfig,
  showSchema,
  siteSchema,
  type TechnologyEntry,
  technologySchema,
} from './schema.ts'
import { issuesToProblems } from './zod-problems.ts'

/**
 * A collection's entries by normalised slug. `present: false` when it does not
 * exist, or cannot be read at all (reported on its own): references to it then
 * get derived names without a warning each.
 */
export interface Registry<T> {
  present: boolean
  /** Display path of the registry file or the entry folder. */
  file: string
  entries: Map<string, T>
  /** Where each entry is written, to place its warnings. */
  sources: Map<string, EntrySource>
  /** Each entry's image: a technology's icon, a show's artwork. */
  images: Map<string, ImageDocument>
  /** Entries left out for their problems: errors when an episode uses them, else warnings. */
  invalid: Map<string, ContentProblem[]>
}

export interface Registries {
  people: Registry<PersonEntry>
  technologies: Registry<TechnologyEntry>
  shows: Registry<ShowEntry>
  site: SiteConfig
  siteFile: string
  /** Every registry path, present or not, entry files and images, so that a change is noticed. */
  files: string[]
  /** Folders of the collections kept as one file per entry, wherever they live. */
  folders: string[]
  /** Images to publish, by path under the site's root. */
  assets: Map<string, Uint8Array>
  /** Avatars and remote artwork that the build makes site images of (see resolveSiteImages). */
  imageRequests: ImageRequest[]
  problems: ContentProblem[]
}

/** Puts site images (keys `people/<slug>`, `shows/<slug>`, `technologies/<slug>`) into their registries. */
export function applySiteImages(
  registries: Registries,
  images: Iterable<readonly [string, ImageDocument]>,
): void {
  for (const [key, image] of images) {
    const [kind, slug] = key.split('/')
    if ((kind === 'people' || kind === 'shows' || kind === 'technologies') && slug) {
      registries[kind].images.set(slug, image)
    }
  }
}

interface Loaded<T> {
  present: boolean
  file: string
  value: T | null
  locator: YamlLocator | null
  problems: ContentProblem[]
}

async function loadYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
): Promise<Loaded<z.output<S>>> {
  const file = displayPath(path)
  const absent = { present: false, file, value: null, locator: null, problems: [] }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // The catalog folder itself may be missing or a file: compileCatalog reports that.
    if (code === 'ENOENT' || code === 'ENOTDIR') return absent
    throw error
  }
  const fail = (problems: Array<Omit<ContentProblem, 'severity' | 'file'>>) => ({
    ...absent,
    problems: problems.map((p) => ({ severity: 'error' as const, file, ...p })),
  })
  const decoded = decodeSource(bytes)
  if ('reason' in decoded && decoded.reason !== 'empty') {
    const { line, column, message } = decoded
    return fail([{ line, column, message, field: '(file)' }])
  }
  const text = 'text' in decoded ? decoded.text : ''
  const parsed = parseYaml(text, 1)
  if (!parsed.ok) return fail(parsed.problems)
  // An empty file (or one with only comments) is an empty registry.
  const data = parsed.data ?? {}
  const result = schema.safeParse(withoutEmptyOptionals(schema, data))
  if (!result.success) {
    return {
      ...fail(issuesToProblems(result.error.issues, data, parsed.locator, file)),
      locator: parsed.locator,
    }
  }
  return { present: true, file, value: result.data, locator: parsed.locator, problems: [] }
}

function toRegistry<S extends z.ZodType>(
  raw: RawCollection,
  schema: S,
  bodyField: string,
): { registry: Registry<z.output<S>>; problems: ContentProblem[] } {
  const valid = validateEntries(raw, schema, bodyField)
  return {
    registry: {
      present: raw.present,
      file: raw.file,
      entries: valid.entries,
      sources: valid.sources,
      images: new Map(),
      invalid: valid.invalid,
    },
    problems: [...raw.problems, ...valid.problems],
  }
}

/**
 * Reads site.yaml, then people, technologies and shows where its `collections:`
 * puts them (by default people.yaml, technologies.yaml and shows.yaml beside
 * the episodes), and publishes the images their entries name.
 */
export async function loadRegistries(dir: string, base = '/'): Promise<Registries> {
  const sitePath = join(dir, 'site.yaml')
  const site = await loadYamlFile(sitePath, siteSchema)
  const config = site.value ?? siteSchema.parse({})
  const missing: ContentProblem[] = []
  const read = (kind: CollectionKind) => {
    const configured = config.collections[kind]
    const raw = readCollection(dir, kind, configured)
    // A collection that site.yaml names explicitly should be there.
    if (configured && !raw.present && raw.problems.length === 0) {
      const path = ['collections', kind]
      missing.push({
        severity: 'warning',
        file: site.file,
        ...(site.locator?.locate(path) ?? { line: 1, column: 1 }),
        field: formatFieldPath(path),
        message: `names ${configured}, which does not exist: create it, or fix the path (relative to the catalog folder)`,
      })
    }
    return raw
  }
  const rawPeople = read('people')
  const rawTechnologies = read('technologies')
  const rawShows = read('shows')
  const people = toRegistry(rawPeople, personSchema, 'bio')
  const technologies = toRegistry(rawTechnologies, technologySchema, 'description')
  const shows = toRegistry(rawShows, showSchema, 'description')
  const problems = [
    ...site.problems,
    ...missing,
    ...people.problems,
    ...technologies.problems,
    ...shows.problems,
  ]
  const files = [sitePath, ...rawPeople.files, ...rawTechnologies.files, ...rawShows.files]
  const assets = new Map<string, Uint8Array>()
  const context = (raw: RawCollection): ImageContext => ({
    base,
    root: raw.root,
    warn: (source, path, message) => {
      const field = formatFieldPath([...source.prefix, ...path])
      const position = locateField(source, path)
      problems.push({ severity: 'warning', file: source.file, ...position, field, message })
    },
    publish: (asset, file) => {
      assets.set(asset.path, asset.content)
      if (file) files.push(file)
    },
  })
  const imageRequests: ImageRequest[] = []
  const publishedBytes = (url: string) =>
    url.startsWith(base) ? assets.get(url.slice(base.length)) : undefined
  const iconContext = context(rawTechnologies)
  for (const [slug, entry] of technologies.registry.entries) {
    const source = technologies.registry.sources.get(slug)
    const icon = source && technologyIcon(iconContext, slug, entry, source)
    if (icon && 'remote' in icon) {
      imageRequests.push({
        key: `technologies/${slug}`,
        origin: { url: icon.remote },
        box: ICON_BOX,
        fit: 'contain',
        name: slug,
        alt: icon.alt,
        what: `The icon of ${entry.name.trim()}`,
        instead: 'no icon',
        warn: warningAt(source, icon.path),
      })
    } else if (icon) technologies.registry.images.set(slug, icon)
  }
  const artworkContext = context(rawShows)
  for (const [slug, entry] of shows.registry.entries) {
    const source = shows.registry.sources.get(slug)
    const artwork = source && showArtwork(artworkContext, slug, entry, source)
    if (artwork && 'remote' in artwork) {
      imageRequests.push({
        key: `shows/${slug}`,
        origin: { url: artwork.remote },
        box: ARTWORK_BOX,
        name: slug,
        alt: artwork.alt,
        what: `The artwork of ${entry.name.trim()}`,
        instead: 'no artwork',
        warn: warningAt(source, artwork.path),
      })
    } else if (artwork) {
      shows.registry.images.set(slug, artwork)
      // The file stays published as it is, for feeds; pages show copies of their size.
      const bytes = artwork.type === 'image/svg+xml' ? undefined : publishedBytes(artwork.url)
      if (source && bytes) {
        imageRequests.push({
          key: `shows/${slug}`,
          origin: { bytes, original: artwork.url },
          box: ARTWORK_BOX,
          name: slug,
          alt: artwork.alt,
          what: `The artwork of ${entry.name.trim()}`,
          instead: 'the artwork file as it is',
          warn: warningAt(source, entry.cover?.image ? ['cover', 'image'] : ['artwork']),
        })
      }
    }
  }
  for (const [slug, entry] of people.registry.entries) {
    const source = people.registry.sources.get(slug)
    const request = source && avatarRequest(slug, entry, source, rawPeople.root, problems)
    if (request) imageRequests.push(request)
  }
  return {
    people: people.registry,
    technologies: technologies.registry,
    shows: shows.registry,
    site: config,
    siteFile: site.file,
    files,
    folders: [rawPeople, rawTechnologies, rawShows]
      .filter((raw) => raw.files[0] === raw.root)
      .map((raw) => raw.root),
    assets,
    imageRequests,
    problems,
  }
}
