import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { episodesPlugin } from './src/content/vite-plugin.ts'

const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
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
      probeAudio: process.env.FEEDS_PROBE !== '0',
      // One HTML file per page, rendered by React at build time (PRERENDER=0: the bare app).
      prerender:
        process.env.PRERENDER === '0'
          ? null
          : fileURLToPath(new URL('./src/app/server/render-page.tsx', import.meta.url)),
    }),
  ],
  // Test and benchmark builds land in these folders; they are not sources to watch.
  server: { watch: { ignored: ['**/dist-e2e/**', '**/.bench/**', '**/test-results/**'] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
