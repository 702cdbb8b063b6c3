import { relative, resolve, sep } from 'node:path'
import type { EpisodeDocument, SiteInfo } from '../documents.ts'
import { displayPath } from '../read/display-path.ts'
import { listEpisodeFiles } from '../read/episode-files.ts'
import { resolveSiteImages, type SiteImageOptions } from '../read/images/site-images.ts'
import { type ContentProblem, compareText, sortProblems } from '../read/problems.ts'
import type { EntrySource } from '../read/raw-entry.ts'
import { type SiteTheme, siteThemeOf } from './brand/site-theme-of.ts'
import { buildCatalogIndex, type CompiledEpisode, compareEpisodes } from './catalog-index.ts'
import type { CompileCache } from './compile-cache.ts'
import type { CompiledFile, FileContext } from './compile-file.ts'
import { type EpisodeIdentity, findDuplicates, locateInFile } from './duplicates.ts'
import { entryDocuments, invalidEntryProblems } from './entry-documents.ts'
import { homeDocument } from './home-document.ts'
import {
  type EpisodeImageSource,
  episodeImageRequests,
  withEpisodeImage,
} from './images/episode-images.ts'
import {
  type CompiledOn,
  type CompileFilesOptions,
  compileFiles,
} from './parallel/compile-files.ts'
import { References } from './references.ts'
import { applySiteImages, loadRegistries, type Registries } from './registries.ts'
import { TextMap, type TextShelf } from './text-shelf.ts'
import { type BuiltTranscripts, buildTranscripts } from './transcript/episode-transcripts.ts'

export interface CompileOptions {
  /** The catalog folder, absolute or relative to the working directory. */
  dir: string
  /** Keep episodes whose publishedAt lies after `now`. */
  includeScheduled: boolean
  now?: Date
  /** Vite's base path; root-relative URLs are prefixed with it. */
  base?: string
  /** Results of the previous compile, for files that have not changed (the dev server). */
  cache?: CompileCache
  /** The site's address, over site.yaml's `baseUrl` (SITE_URL). */
  siteUrl?: string | undefined
  /** The site's address where neither gives one (the preview server's, for `npm start`). */
  fallbackSiteUrl?: string | undefined
  /**
   * Threads to compile the episode files on, this one included: 1 compiles
   * in-process. Default: the env CONTENT_THREADS, else every core once there
   * are enough files to compile (src/content/compile/parallel/thread-count.ts).
   */
  threads?: number
  /** The worker threads' script: tests point it at one that fails. */
  workerEntry?: URL
  /** Fetch remote transcripts that the cache folder lacks (default: unless TRANSCRIPTS_FETCH=0). */
  fetchTranscripts?: boolean
  /**
   * Compile the episodes' transcripts (default). Off for a build that publishes
   * neither documents nor pages, only the embed pages, which fetch them when opened.
   */
  transcripts?: boolean
  /**
   * Download avatars and artwork that the image cache does not hold (builds, unless
   * IMAGES_FETCH=0). Off (the default, and the dev server): only the cache is used.
   */
  fetchImages?: boolean
  /** Per image download, in milliseconds (default 5000). */
  imageTimeoutMs?: number
  /**
   * Where transcripts' documents and files wait to be written: a build keeps them in a
   * folder (they are gigabytes at 100,000 episodes); by default they are held in memory.
   */
  shelf?: TextShelf
}

export interface CompileResult {
  /**
   * Path under `data/` → JSON text: `episodes.json`, `home.json`, `episodes/<slug>.json`,
   * `transcripts/<slug>.json` and the people's, technologies' and shows' documents.
   */
  documents: ReadonlyMap<string, string>
  /** Errors and warnings, in file order. */
  problems: ContentProblem[]
  /** Absolute paths of every input, registries included (present or not). */
  watchFiles: string[]
  /** Folders holding inputs: the catalog, its episodes and its collections, wherever they are. */
  watchFolders: string[]
  /** Transcript files for podcast apps, by path under the site's root (`episodes/<slug>/transcript.vtt`). */
  transcriptFiles: ReadonlyMap<string, string>
  /** Images the entries name, by path under the site's root (`assets/content/…`, `assets/images/…`). */
  assets: Map<string, Uint8Array>
  /** Image URLs the cache did not hold and that were not downloaded (downloading off). */
  imagesNotFetched: string[]
  site: SiteInfo
  /** The site's and the shows' colours, for the stylesheet. */
  theme: SiteTheme
  /** Origins of absolute audio URLs, for the Content-Security-Policy. */
  audioOrigins: string[]
  /** Episode slug → its file, for problems found after the compile (the feeds'). */
  episodeFiles: Map<string, string>
  /** Show slug → where its entry is written, and site.yaml: for the feeds' problems too. */
  showSources: ReadonlyMap<string, EntrySource>
  siteFile: string
  /** site.yaml's `feedItemLimit`, or null for the feeds' default. */
  feedItemLimit: number | null
  stats: { files: number; published: number; scheduled: number }
  /** Threads the episode files were compiled on (1: in-process), and how many files workers did. */
  compiledOn: CompiledOn
}

/** A published episode, with where its file is: its transcript is looked for beside it. */
type PublishedEpisode = NonNullable<CompiledFile['episode']> & { path: string; shown: string }

/** Episode files relative to the folder; a missing folder is a problem, not a crash. */
async function listCatalog(dir: string, problems: ContentProblem[]): Promise<string[]> {
  try {
    return await listEpisodeFiles(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
    problems.push({
      severity: 'error',
      file: displayPath(dir),
      line: 1,
      column: 1,
      field: '(folder)',
      message:
        'is not an existing folder: create the episodes folder, or point EPISODES_DIR at your catalog folder',
    })
    return []
  }
}

/**
 * Compiles every file (on several threads when there are many: see
 * compileFiles), then goes through the results in file order, keeping only
 * what the index, search and the duplicate check need. Of two episodes
 * sharing a slug, the first is published.
 */
async function compileEpisodes(
  dir: string,
  files: readonly string[],
  paths: readonly string[],
  context: FileContext,
  problems: ContentProblem[],
  options: { now: number; includeScheduled: boolean } & CompileFilesOptions,
) {
  const shownDir = displayPath(dir)
  const identities: EpisodeIdentity[] = []
  const seen = new Set<string>()
  const published: PublishedEpisode[] = []
  const images: EpisodeImageSource[] = []
  const audioOrigins = new Set<string>()
  let scheduled = 0
  const jobs = files.map((file, index) => ({
    path: paths[index] ?? '',
    shown: shownDir ? `${shownDir}/${file}` : file,
  }))
  const { results, compiledOn } = await compileFiles(jobs, context, options)
  results.forEach((compiled, index) => {
    const { path, shown } = jobs[index] ?? { path: '', shown: '' }
    const { problems: found, episode } = compiled
    problems.push(...found)
    if (!episode) return
    const { slug, publishedAt } = episode.summary
    identities.push({
      file: shown,
      slug,
      id: episode.id,
      locate: (field) => locateInFile(path, field),
    })
    if (seen.has(slug)) return
    seen.add(slug)
    const isScheduled = Date.parse(publishedAt) > options.now
    if (isScheduled) scheduled++
    if (isScheduled && !options.includeScheduled) return
    published.push({ ...episode, path, shown })
    if (episode.audioOrigin) audioOrigins.add(episode.audioOrigin)
    if (episode.image) {
      const { title } = episode.summary
      images.push({ slug, title, value: episode.image, path, shown })
    }
  })
  options.cache?.retain(new Set(paths))
  return {
    identities,
    published: published.sort((a, b) => compareEpisodes(a.summary, b.summary)),
    scheduled,
    audioOrigins,
    compiledOn,
    images,
  }
}

/** Sets each episode's `transcript` and adds the transcripts' documents and files. */
function withTranscripts(
  published: readonly PublishedEpisode[],
  transcripts: BuiltTranscripts,
): { episodes: CompiledEpisode[]; documents: TextMap; files: TextMap } {
  const documents = new TextMap()
  const files = new TextMap()
  const episodes = published.map((episode) => {
    const built = transcripts.bySlug.get(episode.summary.slug)
    if (!built) return episode
    documents.set(`transcripts/${episode.summary.slug}.json`, built.document)
    for (const file of built.files) files.set(file.path, file.content)
    const document = JSON.parse(episode.json) as EpisodeDocument
    return { ...episode, json: JSON.stringify({ ...document, transcript: built.ref }) }
  })
  return { episodes, documents, files }
}

/** Puts the episodes' own images in their documents; the rest stay as they are. */
async function addEpisodeImages<T extends CompiledEpisode>(
  published: T[],
  sources: readonly EpisodeImageSource[],
  options: SiteImageOptions,
  problems: ContentProblem[],
) {
  const requests = episodeImageRequests(sources, options.catalogDir, problems)
  const found = await resolveSiteImages(requests, options)
  problems.push(...found.problems)
  for (const [index, episode] of published.entries()) {
    const image = found.images.get(`episodes/${episode.summary.slug}`)
    if (image) published[index] = { ...episode, ...withEpisodeImage(episode, image) }
  }
  return found
}

function renderDocuments(
  site: SiteInfo,
  published: readonly CompiledEpisode[],
  references: References,
  registries: Registries,
  problems: ContentProblem[],
) {
  const documents = new Map<string, string>()
  const summaries = published.map((episode) => episode.summary)
  const index = buildCatalogIndex(site, summaries, references)
  documents.set('episodes.json', JSON.stringify(index))
  documents.set('home.json', JSON.stringify(homeDocument(index)))
  problems.push(...invalidEntryProblems(index, registries))
  const bySlug = published.toSorted((a, b) => compareText(a.summary.slug, b.summary.slug))
  for (const episode of bySlug) documents.set(`episodes/${episode.summary.slug}.json`, episode.json)
  for (const { path, content } of entryDocuments(index, references)) documents.set(path, content)
  return documents
}

/** SITE_URL, else site.yaml's baseUrl, else the fallback; a SITE_URL that is not a URL is an error. */
function siteAddress(
  fromFile: string | undefined,
  options: CompileOptions,
  problems: ContentProblem[],
): string | null {
  const { siteUrl } = options
  if (siteUrl && /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(siteUrl)) return siteUrl
  if (siteUrl) {
    problems.push({
      severity: 'error',
      file: 'SITE_URL',
      line: 1,
      column: 1,
      field: 'SITE_URL',
      message: `"${siteUrl}" is not an absolute http(s) URL: set it like SITE_URL=https://podcast.example.com/`,
    })
  }
  return fromFile ?? options.fallbackSiteUrl ?? null
}

/**
 * Compiles a catalog folder into the JSON documents the app reads. A pure
 * function of the files: it writes nothing, and the same input gives the same
 * bytes. Every problem of every file is returned; none is thrown.
 */
export async function compileCatalog(options: CompileOptions): Promise<CompileResult> {
  const dir = resolve(options.dir)
  const base = options.base ?? '/'
  const registries = await loadRegistries(dir, base)
  const imageOptions: SiteImageOptions = {
    catalogDir: dir,
    base,
    fetch: options.fetchImages ?? false,
    ...(options.imageTimeoutMs !== undefined && { timeoutMs: options.imageTimeoutMs }),
  }
  const siteImages = await resolveSiteImages(registries.imageRequests, imageOptions)
  applySiteImages(registries, siteImages.images)
  const problems: ContentProblem[] = [...registries.problems, ...siteImages.problems]
  const episodesDir = resolve(dir, registries.site.collections.episodes ?? '.')
  // The episodes never include the entry files of a collection kept in their folder.
  const inCollection = registries.folders.map((folder) => relative(episodesDir, folder))
  const files = (await listCatalog(episodesDir, problems)).filter(
    (file) =>
      !inCollection.some(
        (folder) => folder !== '' && file.startsWith(`${folder.split(sep).join('/')}/`),
      ),
  )
  const references = new References(registries)
  problems.push(...references.problems)
  const { audioUrlTemplate } = registries.site
  options.cache?.begin(registries, base)
  // The listing gives clean relative paths: path.join would only normalize them again.
  const paths = files.map((file) => `${episodesDir}${sep}${file}`)
  const { identities, published, scheduled, audioOrigins, compiledOn, images } =
    await compileEpisodes(
      episodesDir,
      files,
      paths,
      { references, audioUrlTemplate, base },
      problems,
      {
        now: (options.now ?? new Date()).getTime(),
        includeScheduled: options.includeScheduled,
        cache: options.cache,
        threads: options.threads,
        workerEntry: options.workerEntry,
        catalogDir: dir,
        registries,
        siteImages: siteImages.images,
      },
    )
  const episodeImages = await addEpisodeImages(published, images, imageOptions, problems)
  problems.push(...findDuplicates(identities))
  const transcripts: BuiltTranscripts =
    options.transcripts === false
      ? { bySlug: new Map(), problems: [] }
      : await buildTranscripts(
          published.map((episode) => ({
            path: episode.path,
            shown: episode.shown,
            id: episode.id,
            slug: episode.summary.slug,
            show: episode.summary.show,
            setting: episode.transcript,
            template: registries.site.transcriptUrlTemplate,
            hosts: episode.summary.show ? references.show(episode.summary.show).hosts : [],
            document: () => JSON.parse(episode.json) as EpisodeDocument,
          })),
          {
            catalogDir: dir,
            siteFile: registries.siteFile,
            language: registries.site.language,
            base,
            ...(options.fetchTranscripts !== undefined && { fetch: options.fetchTranscripts }),
            ...(options.shelf && { shelf: options.shelf }),
          },
        )
  problems.push(...transcripts.problems)
  const withText = withTranscripts(published, transcripts)
  const { title, description, language } = registries.site
  const baseUrl = siteAddress(registries.site.baseUrl, options, problems)
  const site: SiteInfo = {
    title: title.trim(),
    description: description.trim(),
    language,
    baseUrl,
  }
  const documents = new TextMap()
  const { shelf } = options
  for (const [path, text] of renderDocuments(
    site,
    withText.episodes,
    references,
    registries,
    problems,
  )) {
    // One document per episode, person, technology and show (0.6 GB at 100,000 episodes) waits
    // on the shelf; the catalog and home documents, read by every page, stay at hand.
    documents.set(path, shelf && path.includes('/') ? shelf.keep(text) : text)
  }
  // The transcripts' documents, read from the shelf when asked for: never all held at once.
  for (const path of withText.documents.keys()) {
    documents.set(path, () => withText.documents.get(path) ?? '')
  }
  return {
    documents,
    theme: await siteThemeOf(registries, documents, base),
    transcriptFiles: withText.files,
    problems: sortProblems(problems),
    watchFiles: [...registries.files, ...paths],
    watchFolders: [...new Set([dir, episodesDir, ...registries.folders])],
    assets: new Map([...registries.assets, ...siteImages.assets, ...episodeImages.assets]),
    imagesNotFetched: [...siteImages.notFetched, ...episodeImages.notFetched],
    site,
    audioOrigins: [...audioOrigins].sort(),
    // Reversed, so that of two files sharing a slug the published first one is named.
    episodeFiles: new Map(identities.toReversed().map(({ slug, file }) => [slug, file])),
    showSources: registries.shows.sources,
    siteFile: registries.siteFile,
    feedItemLimit: registries.site.feedItemLimit ?? null,
    stats: { files: files.length, published: published.length, scheduled },
    compiledOn,
  }
}
