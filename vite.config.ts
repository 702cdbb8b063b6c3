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
    }),
  ],
  // The site, and the compact player that other sites embed (its own light entry).
  build: {
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      // React alone in its chunk, so the embed does not pull in the site's libraries with it.
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  // Test and benchmark builds land in these folders; they are not sources to watch.
  server: { watch: { ignored: ['**/dist-e2e/**', '**/.bench/**', '**/test-results/**'] } },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
