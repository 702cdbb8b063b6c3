import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PreviewServer, ResolvedConfig, ViteDevServer } from 'vite'
import type { CompileResult } from './compile/compile-catalog.ts'
import { hasErrors } from './compile/content-error.ts'
import { formatLogReport, isVerbose } from './compile/warning-summary.ts'
import { siteThemeModule } from './publish/brand/theme-module.ts'
import type { BuiltFeeds } from './publish/build-feeds.ts'
import {
  assetResponse,
  dataResponse,
  debounce,
  isCatalogFile,
  overlayError,
  updatePayload,
} from './publish/dev-catalog.ts'
import { embedPageUrl } from './publish/embed-pages.ts'
import { feedFileOf, sendFeedFile } from './publish/feed-response.ts'
import { folderIndex } from './publish/folder-index.ts'
import { staticIndexServer } from './publish/static-index-response.ts'
import {
  sendTranscriptFile,
  transcriptFileOf,
  transcriptHeaders,
} from './publish/transcript-response.ts'

/** What the dev server needs of the plugin: its catalog, and how to compile it and build its feeds. */
export interface DevCatalog {
  /** The catalog folder, absolute. */
  dir: string
  /** Compiles the catalog again; the result becomes the current one. */
  compile: () => Promise<CompileResult>
  /** The latest compile's result, or null before the first. */
  current: () => CompileResult | null
  /** The feeds of a compile, from the cache file and local files only. */
  feeds: (compiled: CompileResult) => Promise<BuiltFeeds>
}

/** Recompiles on every change to the catalog's files, and pushes the problems and the theme to the page. */
function watch(server: ViteDevServer, config: ResolvedConfig, catalog: DevCatalog) {
  const { dir } = catalog
  let failing = false
  const recompile = debounce(async () => {
    const { problems } = await catalog.compile()
    const report = formatLogReport(problems, isVerbose())
    if (report) config.logger.warn(report, { timestamp: true })
    server.ws.send(updatePayload(problems, failing))
    const theme = server.moduleGraph.getModuleById(siteThemeModule.resolved)
    if (theme) await server.reloadModule(theme)
    failing = hasErrors(problems)
  }, 80)
  server.watcher.add(dir)
  // Collections may live outside the catalog folder (site.yaml's `collections:`).
  const first = catalog.current()
  if (first) server.watcher.add(first.watchFolders)
  server.watcher.on('all', (_event, file) => {
    const folders = catalog.current()?.watchFolders ?? [dir]
    if (isCatalogFile(file, dir) || folders.some((folder) => isCatalogFile(file, folder))) {
      recompile()
    }
  })
  server.ws.on('connection', () => {
    const result = catalog.current()
    if (result && hasErrors(result.problems)) server.ws.send(overlayError(result.problems))
  })
}

/**
 * `npm run dev`: compiles the catalog, recompiles it on change, and serves the
 * documents, images, transcripts and feeds from memory; one embed page serves
 * every episode's.
 */
export async function serveCatalog(
  server: ViteDevServer,
  config: ResolvedConfig,
  catalog: DevCatalog,
): Promise<void> {
  const first = await catalog.compile()
  const report = formatLogReport(first.problems, isVerbose())
  if (report) config.logger.warn(report)
  watch(server, config, catalog)
  // The feeds are built when one is asked for, once per compile.
  let devFeeds: { of: CompileResult; built: Promise<BuiltFeeds> } | null = null
  const currentFeeds = (compiled: CompileResult) => {
    if (devFeeds?.of !== compiled) {
      devFeeds = { of: compiled, built: catalog.feeds(compiled) }
    }
    return devFeeds.built
  }
  server.middlewares.use((req, _res, next) => {
    // The build writes a page per episode; here one page serves them all.
    const embed = embedPageUrl(req.url ?? '', config.base)
    if (embed) req.url = embed
    next()
  })
  server.middlewares.use((req, res, next) => {
    const path = transcriptFileOf(req.url ?? '', config.base)
    const content = path && catalog.current()?.transcriptFiles.get(path)
    if (!path || content === undefined || content === null) return next()
    sendTranscriptFile(res, path, content)
  })
  const staticIndex = staticIndexServer(catalog.current, config.base)
  server.middlewares.use((req, res, next) => {
    const response = staticIndex(req.url ?? '')
    if (!response) return next()
    res.writeHead(response.status, { 'content-type': response.type, 'cache-control': 'no-cache' })
    res.end(response.body)
  })
  server.middlewares.use((req, res, next) => {
    const result = catalog.current()
    const response = result && dataResponse(result.documents, req.url ?? '', config.base)
    if (!response) return next()
    res.writeHead(response.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      ...transcriptHeaders(req.url ?? '', config.base),
    })
    res.end(response.body)
  })
  // Images as files, never inlined: an SVG's scripts cannot run in an <img>.
  server.middlewares.use((req, res, next) => {
    const result = catalog.current()
    const asset = result && assetResponse(result.assets, req.url ?? '', config.base)
    if (!asset) return next()
    res.writeHead(200, {
      'content-type': asset.type,
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'none'",
    })
    res.end(asset.body)
  })
  server.middlewares.use((req, res, next) => {
    const path = feedFileOf(req.url ?? '', config.base)
    const result = catalog.current()
    if (!path || !result?.site.baseUrl) return next()
    currentFeeds(result).then((built) => {
      const file = built.files.find((candidate) => candidate.path === path)
      if (file) sendFeedFile(res, path, file.content)
      else next()
    }, next)
  })
}

/**
 * `vite preview`: the headers static hosts are asked to send for transcripts
 * and feeds, and each prerendered page at its address without the trailing slash.
 */
export function servePreview(server: PreviewServer, outDir: string, base: string): void {
  // Transcripts are read by podcast players on other origins (see README for static hosts).
  server.middlewares.use((req, res, next) => {
    const headers = transcriptHeaders(req.url ?? '', server.config.base)
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value)
    next()
  })
  // Static hosts need a header rule for these types (see README); the preview server has this.
  server.middlewares.use((req, res, next) => {
    const path = feedFileOf(req.url ?? '', server.config.base)
    const file = path && resolve(server.config.root, server.config.build.outDir, path)
    if (!path || !file || !existsSync(file)) return next()
    sendFeedFile(res, path, readFileSync(file, 'utf8'))
  })
  server.middlewares.use(folderIndex(outDir, base))
}
