import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { parse } from 'yaml'

/** Where the import writes, read from the catalog's site.yaml as the build reads it. */
export interface CatalogLayout {
  dir: string
  hasSite: boolean
  /** Folders relative to the catalog, with forward slashes ('' is the catalog itself). */
  episodes: string
  shows: string | null
  people: string | null
  /** Registry files that the import does not edit, by collection. */
  registryFiles: { shows: string | null; people: string | null }
}

const posix = (path: string) => path.split(sep).join('/')

function collections(dir: string): Record<string, unknown> | null {
  const path = join(dir, 'site.yaml')
  if (!existsSync(path)) return null
  const site = parse(readFileSync(path, 'utf8')) as { collections?: Record<string, unknown> } | null
  return site?.collections ?? {}
}

function folderOf(dir: string, configured: unknown, kind: string) {
  const path = resolve(dir, typeof configured === 'string' ? configured : `${kind}.yaml`)
  // A configured path that is not there yet is a folder unless it names a YAML file.
  const isFolder = existsSync(path)
    ? statSync(path).isDirectory()
    : typeof configured === 'string' && !/\.ya?ml$/i.test(configured)
  return isFolder
    ? { folder: posix(relative(dir, path)), file: null }
    : { folder: null, file: posix(relative(dir, path)) }
}

export function catalogLayout(dir: string): CatalogLayout {
  const configured = collections(dir)
  if (!configured) {
    return {
      dir,
      hasSite: false,
      episodes: '',
      shows: 'shows',
      people: 'people',
      registryFiles: { shows: null, people: null },
    }
  }
  const shows = folderOf(dir, configured.shows, 'shows')
  const people = folderOf(dir, configured.people, 'people')
  const episodes = typeof configured.episodes === 'string' ? posix(configured.episodes) : ''
  return {
    dir,
    hasSite: true,
    episodes,
    shows: shows.folder,
    people: people.folder,
    registryFiles: { shows: shows.file, people: people.file },
  }
}

/** Slugs of the episode files already in the catalog (their file names), to keep new ones unique. */
export function existingSlugs(layout: CatalogLayout): Set<string> {
  const root = join(layout.dir, layout.episodes)
  if (!existsSync(root)) return new Set()
  const names = readdirSync(root, { recursive: true }).map(String)
  return new Set(
    names
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.split(sep).pop()?.slice(0, -3) ?? ''),
  )
}

export const joinPath = (...parts: string[]) => parts.filter(Boolean).join('/')
