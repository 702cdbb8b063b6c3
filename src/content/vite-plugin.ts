import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { UNPUBLISHED_DOCUMENTS } from './compile/catalog-index.ts'
import { CompileCache } from './compile/compile-cache.ts'
import { type CompileResult, compileCatalog } from './compile/compile-catalog.ts'
import { ContentError, hasErrors } from './compile/content-error.ts'
import type { PublishedFile } from './compile/published-file.ts'
import { folderShelf, TextMap, type TextShelf } from './compile/text-shelf.ts'
import { formatLogReport, isVerbose } from './compile/warning-summary.ts'
import { serveCatalog, servePreview } from './dev-server.ts'
import { SITE_THEME_ID, siteThemeModule } from './publish/brand/theme-module.ts'
import { buildFeeds } from './publish/build-feeds.ts'
import { embedPages } from './publish/embed-pages.ts'
import { episodeDocumentsOf, episodeSlugsOf } from './publish/episode-documents.ts'
import { feedPaths, siteUrls } from './publish/feed-urls.ts'
import {
  applySiteToHtml,
  contentSecurityPolicy,
  loadThemeScriptLast,
} from './publish/index-html.ts'
import { oembedFiles } from './publish/oembed-files.ts'
import { modulePreloadTags, pageModulePreloads } from './publish/page-module-preloads.ts'
import { loadPageRenderer } from './publish/page-renderer.ts'
import { type PageRoute, pageRoutes } from './publish/page-routes.ts'
import { pageSource } from './publish/page-source.ts'
import {
  canPrerenderInto,
  pageHtml,
  prerenderedPages,
  writeFiles,
} from './publish/prerendered-pages.ts'
import { sitemapFiles } from './publish/sitemap.ts'
import { type StaticIndexFile, staticIndexFiles } from './publish/static-index.ts'
import { IMAGE_CACHE } from './read/images/image-cache.ts'

export interface EpisodesPluginOptions {
  dir: string
  includeScheduled: boolean
  /** The site's address, over site.yaml's `baseUrl` (SITE_URL). */
  siteUrl?: string | undefined
  /** The site's address where neither gives one (the preview server's, for `npm start`). */
  fallbackSiteUrl?: string | undefined
  /** Ask audio hosts for the sizes of files that episodes do not give (FEEDS_PROBE=0: off). */
  probeAudio?: boolean
  /** Download avatars and artwork missing from the image cache, in builds (IMAGES_FETCH=0: off). */
  fetchImages?: boolean
  /** The app's server entry: when given, builds write one prerendered HTML file per page. */
  prerender?: string | null
  /** What this build writes: the site (data, 404.html, oEmbed) or the embed pages. */
  publish?: 'site' | 'embed'
}

/** A file of the public folder, or null. */
function readPublicFile(config: ResolvedConfig, name: string): string | null {
  const path = config.publicDir && join(config.publicDir, name)
  return path && existsSync(path) ? readFileSync(path, 'utf8') : null
}

/** Files kept on `shelf` until they are written, by path. */
function shelved(files: Iterable<PublishedFile>, shelf: TextShelf): TextMap {
  const kept = new TextMap()
  for (const { path, content } of files) kept.set(path, shelf.keep(content))
  return kept
}

/** Files of a map of texts by path. */
function* filesOf(texts: ReadonlyMap<string, string>): Generator<PublishedFile> {
  for (const [path, content] of texts) yield { path, content }
}

/** The compiled documents under `data/`, and the transcript files for podcast apps. */
function* compiledFiles(result: CompileResult): Generator<PublishedFile> {
  for (const [path, content] of result.documents) {
    if (!UNPUBLISHED_DOCUMENTS.has(path)) yield { path: `data/${path}`, content }
  }
  yield* filesOf(result.transcriptFiles)
}

/** Prerendered pages waiting for the bundle to be written, and how to let go of their renderer. */
interface PendingPages {
  files: Iterable<PublishedFile>
  dispose: () => Promise<void>
}

/**
 * Compiles the episode catalog: writes `data/*.json` in builds, with feeds,
 * oEmbed documents and one prerendered page per route; serves the documents
 * from memory and hot-reloads them in dev. The work lives in the stages
 * (read/, compile/, publish/) and the dev and preview servers' in dev-server.ts;
 * this file only wires Vite's hooks.
 */
export function episodesPlugin(options: EpisodesPluginOptions): Plugin {
  let config: ResolvedConfig
  let result: CompileResult | null = null
  let pages: PendingPages | null = null
  // Files written after the bundle, one at a time, in this order, rather than handed to the
  // bundler, which would hold them all and write them all at once (gigabytes at 100,000 episodes).
  let later: Array<Iterable<PublishedFile | StaticIndexFile>> = []
  let feedFiles: ReadonlyMap<string, string> | null = null
  // The dev server recompiles on every change: unchanged files keep their results.
  const cache = new CompileCache()
  // A build keeps the transcripts' texts in a folder until they are written, not in memory.
  let shelf: { dir: string; texts: TextShelf } | null = null
  const buildShelf = () => {
    if (!shelf) {
      const dir = mkdtempSync(join(tmpdir(), 'episodes-shelf-'))
      shelf = { dir, texts: folderShelf(dir) }
    }
    return shelf.texts
  }
  const clearShelf = () => {
    if (shelf) rmSync(shelf.dir, { recursive: true, force: true })
    shelf = null
  }
  const compile = async () => {
    result = await compileCatalog({
      dir: resolve(options.dir),
      includeScheduled: options.includeScheduled,
      siteUrl: options.siteUrl,
      fallbackSiteUrl: options.fallbackSiteUrl,
      base: config.base,
      fetchImages: config.command === 'build' && (options.fetchImages ?? true),
      ...(config.command === 'serve' && { cache }),
      ...(config.command === 'build' && { shelf: buildShelf() }),
      // The embed build writes only the embed pages: they fetch a transcript when it is opened.
      ...(options.publish === 'embed' && { transcripts: false }),
    })
    return result
  }
  const feedOptions = (probe: boolean) => ({
    catalogDir: resolve(options.dir),
    publicDir: config.publicDir || null,
    base: config.base,
    probe,
  })
  return {
    name: 'episodes',
    // Rendering every page happens in this plugin and takes most of a build: that is expected,
    // not the slow plugin the bundler's timing warning is there to point out.
    config: () =>
      options.prerender
        ? { build: { rolldownOptions: { checks: { bundlerTimings: false } } } }
        : {},
    // Compiling before the bundler starts lets a content error end the build with
    // just the report: errors thrown from bundler hooks come wrapped with its stack.
    async configResolved(resolved) {
      config = resolved
      if (config.command !== 'build') return
      const compiled = await compile()
      const { threads, workerFiles } = compiled.compiledOn
      if (workerFiles > 0) {
        config.logger.info(
          `episodes: ${compiled.stats.files} files compiled on ${threads} threads (${workerFiles} by workers)`,
        )
      }
      if (hasErrors(compiled.problems)) {
        clearShelf()
        throw new ContentError(compiled.problems)
      }
      if (options.publish === 'embed') return
      const digest = formatLogReport(compiled.problems, isVerbose())
      if (digest) config.logger.warn(digest)
      const notFetched = compiled.imagesNotFetched.length
      if (notFetched > 0) {
        config.logger.warn(
          `images: ${notFetched} avatar or artwork URL(s) are not in ${IMAGE_CACHE}/ and downloading is off (IMAGES_FETCH=0): the pages show initials or no artwork for them; build without IMAGES_FETCH=0 once to fetch them`,
        )
      }
      const feeds = await buildFeeds(compiled, feedOptions(options.probeAudio ?? true))
      // Kept on disk until they are written, like the transcripts: 0.6 GB at 100,000 episodes.
      feedFiles = shelved(feeds.files, buildShelf())
      const feedReport = formatLogReport(feeds.problems, isVerbose())
      if (feedReport) config.logger.warn(`Podcast feeds:\n${feedReport}`)
    },
    async configureServer(server) {
      // Vitest runs a Vite server too; the catalog is not part of unit tests.
      if (process.env.VITEST) return
      await serveCatalog(server, config, {
        dir: resolve(options.dir),
        compile,
        current: () => result,
        feeds: (compiled) => buildFeeds(compiled, feedOptions(false)),
      })
    },
    configurePreviewServer(server) {
      servePreview(server, resolve(config.root, config.build.outDir), config.base)
    },
    // `import 'virtual:site-theme.css'`: the brand's colours, in the built stylesheet.
    resolveId: (id) => (id === SITE_THEME_ID ? siteThemeModule.resolved : null),
    load: (id) =>
      id === siteThemeModule.resolved ? siteThemeModule.css(result?.theme ?? null) : null,
    // After Vite has written its own tags into the head, so that the theme script can follow them.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!result) return html
        const build = config.command === 'build'
        const { baseUrl } = result.site
        const sited = applySiteToHtml(
          html,
          result.site,
          build ? contentSecurityPolicy(result.audioOrigins) : null,
          baseUrl ? siteUrls(baseUrl, config.base).page(feedPaths.catalog) : null,
        )
        return loadThemeScriptLast(sited)
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_outputOptions, bundle) {
        if (!result) return
        const embed = bundle['embed.html']
        if (options.publish === 'embed') {
          if (embed?.type === 'asset') {
            later.push(embedPages(episodeSlugsOf(result.documents), String(embed.source)))
          }
          return
        }
        for (const [fileName, source] of result.assets) {
          this.emitFile({ type: 'asset', fileName, source })
        }
        // One reading of the documents for the index and the pages: the catalog is parsed once.
        const source = pageSource(result.documents)
        later.push(compiledFiles(result), staticIndexFiles(source))
        if (feedFiles) later.push(filesOf(feedFiles))
        const oembed = oembedFiles({
          episodes: episodeDocumentsOf(result.documents),
          site: result.site,
          base: config.base,
        })
        later.push(oembed.files)
        if (oembed.warning) config.logger.warn(oembed.warning)
        const index = bundle['index.html']
        if (index?.type !== 'asset') return
        const template = String(index.source)
        if (!options.prerender || !canPrerenderInto(template)) {
          this.emitFile({ type: 'asset', fileName: '404.html', source: index.source })
          return
        }
        const { renderer, dispose } = await loadPageRenderer(config, options.prerender)
        try {
          const routes = pageRoutes(source.catalog)
          later.push(
            await sitemapFiles(source.catalog, routes, readPublicFile(config, 'robots.txt')),
          )
          const preloads = pageModulePreloads(bundle, config.root)
          const render = (route: PageRoute) => {
            const page = renderer.renderPage(route, source)
            const files = preloads.get(route.kind) ?? []
            return { ...page, head: page.head + modulePreloadTags(files, config.base) }
          }
          const home = routes.find((route) => route.kind === 'home')
          if (home) index.source = pageHtml(template, render(home))
          // The other pages go to disk once the bundle is there, one at a time:
          // a large catalog's pages (about 1 GB of HTML at 10,000 episodes) are
          // never all in memory at once.
          const others = routes.filter((route) => route !== home)
          pages = { files: prerenderedPages(template, others, render), dispose }
        } finally {
          if (!pages) await dispose()
        }
      },
    },
    writeBundle: {
      order: 'post',
      async handler(outputOptions) {
        const outDir = outputOptions.dir ?? resolve(config.root, config.build.outDir)
        const files = later
        later = []
        feedFiles = null
        for (const each of files) writeFiles(outDir, each)
        const pending = pages
        pages = null
        if (!pending) return
        try {
          writeFiles(outDir, pending.files)
        } finally {
          await pending.dispose()
        }
      },
    },
    async closeBundle() {
      // A build that wrote nothing (or failed first) still removes the renderer's folder.
      const pending = pages
      pages = null
      await pending?.dispose()
      clearShelf()
    },
  }
}
