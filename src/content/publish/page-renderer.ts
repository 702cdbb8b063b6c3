import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import type { ResolvedConfig } from 'vite'
import type { PageRenderer } from './page-routes.ts'

/**
 * Builds the app's server entry with Vite (`build.ssr`: the same components,
 * bundled for Node, dependencies left to node_modules) into a scratch folder
 * and loads it. `dispose` removes the folder.
 */
export async function loadPageRenderer(
  config: ResolvedConfig,
  entry: string,
): Promise<{ renderer: PageRenderer; dispose: () => Promise<void> }> {
  const { build } = await import('vite')
  // Inside the project, so that the bundle's imports resolve to its node_modules.
  const scratch = join(config.root, 'node_modules', '.cache')
  await mkdir(scratch, { recursive: true })
  const outDir = await mkdtemp(join(scratch, 'prerender-'))
  const dispose = () => rm(outDir, { recursive: true, force: true })
  try {
    await build({
      configFile: false,
      root: config.root,
      base: config.base,
      mode: config.mode,
      logLevel: 'warn',
      plugins: [react()],
      build: {
        ssr: entry,
        outDir,
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
        rollupOptions: { output: { entryFileNames: 'render-page.js' } },
      },
    })
    const renderer = (await import(
      pathToFileURL(join(outDir, 'render-page.js')).href
    )) as PageRenderer
    return { renderer, dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}
