import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { CompileCache } from './compile-cache.ts'
import { type CompileResult, compileCatalog } from './compile-catalog.ts'
import { ContentError, hasErrors } from './content-error.ts'
import {
  dataResponse,
  debounce,
  isCatalogFile,
  overlayError,
  updatePayload,
  warningDigest,
} from './dev-catalog.ts'
import { applySiteToHtml, contentSecurityPolicy } from './index-html.ts'
import { formatReport } from './problems.ts'
import { embedPages, embedPageUrl } from './publish/embed-pages.ts'
import { episodeDocumentsOf } from './publish/episode-documents.ts'
import { oembedFiles } from './publish/oembed-files.ts'

export interface EpisodesPluginOptions {
  dir: string
  includeScheduled: boolean
  /** What this build writes: the site (data, 404.html, oEmbed) or the embed pages. */
  publish?: 'site' | 'embed'
}

/**
 * Compiles the episode catalog: emits `data/*.json` and `404.html` in builds,
 * serves the documents from memory and hot-reloads them in dev. The work lives
 * in compile-catalog.ts and friends; this file only wires Vite's hooks.
 */
export function episodesPlugin(options: EpisodesPluginOptions): Plugin {
  let config: ResolvedConfig
  let result: CompileResult | null = null
  // The dev server recompiles on every change: unchanged files keep their results.
  const cache = new CompileCache()
  const compile = async () => {
    result = await compileCatalog({
      ...options,
      dir: resolve(options.dir),
      base: config.base,
      ...(config.command === 'serve' && { cache }),
    })
    return result
  }

  function watch(server: ViteDevServer) {
    const dir = resolve(options.dir)
    let failing = false
    const recompile = debounce(async () => {
      const { problems } = await compile()
      const report = formatReport(problems)
      if (report) config.logger.warn(report, { timestamp: true })
      server.ws.send(updatePayload(problems, failing))
      failing = hasErrors(problems)
    }, 80)
    server.watcher.add(dir)
    server.watcher.on('all', (_event, file) => {
      if (isCatalogFile(file, dir)) recompile()
    })
    server.ws.on('connection', () => {
      if (result && hasErrors(result.problems)) server.ws.send(overlayError(result.problems))
    })
  }

  return {
    name: 'episodes',
    // Compiling before the bundler starts lets a content error end the build with
    // just the report: errors thrown from bundler hooks come wrapped with its stack.
    async configResolved(resolved) {
      config = resolved
      if (config.command !== 'build') return
      const compiled = await compile()
      if (hasErrors(compiled.problems)) throw new ContentError(compiled.problems)
      const digest = warningDigest(compiled.problems)
      if (digest && options.publish !== 'embed') config.logger.warn(digest)
    },
    async configureServer(server) {
      // Vitest runs a Vite server too; the catalog is not part of unit tests.
      if (process.env.VITEST) return
      const first = await compile()
      const report = formatReport(first.problems)
      if (report) config.logger.warn(report)
      watch(server)
      server.middlewares.use((req, _res, next) => {
        // The build writes a page per episode; here one page serves them all.
        const embed = embedPageUrl(req.url ?? '', config.base)
        if (embed) req.url = embed
        next()
      })
      server.middlewares.use((req, res, next) => {
        const response = result && dataResponse(result.documents, req.url ?? '', config.base)
        if (!response) return next()
        res.writeHead(response.status, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-cache',
        })
        res.end(response.body)
      })
    },
    transformIndexHtml(html) {
      if (!result) return html
      const build = config.command === 'build'
      return applySiteToHtml(
        html,
        result.site,
        build ? contentSecurityPolicy(result.audioOrigins) : null,
      )
    },
    generateBundle: {
      order: 'post',
      handler(_outputOptions, bundle) {
        if (!result) return
        const episodes = episodeDocumentsOf(result.documents)
        const emit = (files: Array<{ path: string; content: string }>) => {
          for (const file of files) {
            this.emitFile({ type: 'asset', fileName: file.path, source: file.content })
          }
        }
        const embed = bundle['embed.html']
        if (options.publish === 'embed') {
          if (embed?.type === 'asset') emit(embedPages(episodes, String(embed.source)))
          return
        }
        for (const [path, source] of result.documents) {
          this.emitFile({ type: 'asset', fileName: `data/${path}`, source })
        }
        const index = bundle['index.html']
        if (index?.type === 'asset') {
          this.emitFile({ type: 'asset', fileName: '404.html', source: index.source })
        }
        const oembed = oembedFiles({ episodes, site: result.site, base: config.base })
        emit(oembed.files)
        if (oembed.warning) config.logger.warn(oembed.warning)
      },
    },
  }
}
