import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { episodesPlugin } from './src/content/vite-plugin.ts'

const base = process.env.BASE_PATH ?? '/'

/**
 * The embed player (embed.html) is a second build, `vite build --mode embed`, run
 * after the site's into the same folder. It renders the same components with
 * Preact's React-compatible layer: React's runtime alone is larger than the
 * embed's whole JavaScript budget.
 */
const preactForReact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
]

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed'
  return {
    base: base.endsWith('/') ? base : `${base}/`,
    plugins: [
      react(),
      tailwindcss(),
      episodesPlugin({
        dir: process.env.EPISODES_DIR ?? 'episodes',
        includeScheduled: process.env.INCLUDE_SCHEDULED === '1',
        siteUrl: process.env.SITE_URL || undefined,
        // `npm start` serves the build on the preview server: its feeds point there.
        fallbackSiteUrl:
          process.env.npm_lifecycle_event === 'start'
            ? `http://localhost:${process.env.PORT ?? 4173}/`
            : undefined,
        probeAudio: !embed && process.env.FEEDS_PROBE !== '0',
        // The embed build runs second: it finds the images the site's build fetched in the cache.
        fetchImages: !embed && process.env.IMAGES_FETCH !== '0',
        // One HTML file per page, rendered by React at build time (PRERENDER=0: the bare app).
        prerender:
          embed || process.env.PRERENDER === '0'
            ? null
            : fileURLToPath(new URL('./src/app/server/render-page.tsx', import.meta.url)),
        publish: embed ? 'embed' : 'site',
      }),
    ],
    // Everything the entry loads at once goes into one chunk, which the pages' lazy code
    // imports from: rather than six small chunks that the entry shares with that code.
    ...(!embed && {
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
        },
      },
    }),
    ...(embed && {
      resolve: { alias: preactForReact },
      publicDir: false,
      build: { emptyOutDir: false, rolldownOptions: { input: { embed: 'embed.html' } } },
    }),
    // Test and benchmark builds land in these folders; they are not sources to watch.
    server: { watch: { ignored: ['**/dist-e2e/**', '**/.bench/**', '**/test-results/**'] } },
    preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      // Builds in unit tests never download images: fixtures keep theirs in image-cache/.
      env: { IMAGES_FETCH: '0' },
    },
  }
})
