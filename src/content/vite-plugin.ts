import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
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
import { folderIndex } from './folder-index.ts'
import { applySiteToHtml, contentSecurityPolicy } from './index-html.ts'
import { loadPageRenderer } from './page-renderer.ts'
import { formatReport } from './problems.ts'
import { pageRoutes } from './publish/page-routes.ts'
import { pageSource } from './publish/page-source.ts'
import { canPrerenderInto, prerenderedPages } from './publish/prerendered-pages.ts'
import { sitemapFiles } from './publish/sitemap.ts'

export interface EpisodesPluginOptions {
  dir: string
  includeScheduled: boolean
  /** The app's server entry: when given, builds write one prerendered HTML file per page. */
  prerender?: string | null
}

/**
 * Compiles the episode catalog: emits `data/*.json` and `404.html` in builds,
 * serves the documents from memory and hot-reloads them in dev. The work lives
 * in compile-catalog.ts and friends; this file only wires Vite's hooks.
 */
/** A file of the public folder, or null. */
function readPublicFile(config: ResolvedConfig, name: string): string | null {
  const path = config.publicDir && join(config.publicDir, name)
  return path && existsSync(path) ? readFileSync(path, 'utf8') : null
}

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
      if (hasErrors(compiled.problems)) throw new ContentError(compiled.problems)
      const digest = warningDigest(compiled.problems)
      if (digest) config.logger.warn(digest)
    },
    async configureServer(server) {
      // Vitest runs a Vite server too; the catalog is not part of unit tests.
      if (process.env.VITEST) return
      const first = await compile()
      const report = formatReport(first.problems)
      if (report) config.logger.warn(report)
      watch(server)
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
    configurePreviewServer(server) {
      server.middlewares.use(folderIndex(resolve(config.root, config.build.outDir), config.base))
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
      async handler(_outputOptions, bundle) {
        if (!result) return
        for (const [path, source] of result.documents) {
          this.emitFile({ type: 'asset', fileName: `data/${path}`, source })
        }
        const index = bundle['index.html']
        if (index?.type !== 'asset') return
        const template = String(index.source)
        if (!options.prerender || !canPrerenderInto(template)) {
          this.emitFile({ type: 'asset', fileName: '404.html', source: index.source })
          return
        }
        const { renderer, dispose } = await loadPageRenderer(config, options.prerender)
        try {
          const source = pageSource(result.documents)
          const routes = pageRoutes(source.catalog)
          const pages = [
            ...prerenderedPages(template, routes, (route) => renderer.renderPage(route, source)),
            ...(await sitemapFiles(source.catalog, routes, readPublicFile(config, 'robots.txt'))),
          ]
          for (const page of pages) {
            if (page.path === 'index.html') index.source = page.content
            else this.emitFile({ type: 'asset', fileName: page.path, source: page.content })
          }
        } finally {
          await dispose()
        }
      },
    },
  }
}
