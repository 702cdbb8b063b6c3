import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/** Chromium comes from the system: CHROME_PATH, else Debian's /usr/bin/chromium. */
function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (apt-get install chromium, or npx playwright install chromium) or set CHROME_PATH to its executable.',
    )
  }
  return found
}

// E2E_PORT moves the servers, so that several suites can run side by side.
export const SAMPLE_PORT = Number(process.env.E2E_PORT ?? 4311)
export const HOSTILE_PORT = SAMPLE_PORT + 1
export const SUBPATH_PORT = SAMPLE_PORT + 2
/** The dev server that catalog-dev-server.spec.ts starts on a copy of the sample catalog. */
export const DEV_PORT = SAMPLE_PORT + 3
/** A catalog of one show, whose home is that show. */
export const ONE_SHOW_PORT = SAMPLE_PORT + 4
/** A generated catalog of a few thousand episodes (tests/support/large-catalog.ts). */
export const LARGE_PORT = SAMPLE_PORT + 5

const hostileCatalog = 'tests/fixtures/catalogs/hostile-text'

const server = (port: number, args: string) => ({
  command: `npx tsx tests/support/serve-app.ts ${args} --out dist-e2e/${port} --port ${port}`,
  cwd: '..',
  port,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
})

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${SAMPLE_PORT}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: [
    // The sample catalog, as `npm start` serves it.
    server(SAMPLE_PORT, '--catalog episodes'),
    // The same catalog deployed under a sub-path (BASE_PATH=/podcast/).
    server(SUBPATH_PORT, '--catalog episodes --base /podcast/'),
    server(ONE_SHOW_PORT, '--catalog tests/fixtures/catalogs/one-show'),
    {
      ...server(LARGE_PORT, '--catalog dist-e2e/large-catalog'),
      command: `npx tsx tests/support/large-catalog.ts && ${server(LARGE_PORT, '--catalog dist-e2e/large-catalog').command}`,
      // Thousands of pages to prerender, while the other servers build too.
      timeout: 420_000,
    },
    // Hostile text in every field: nothing may run.
    ...(existsSync(new URL(`../${hostileCatalog}`, import.meta.url))
      ? [server(HOSTILE_PORT, `--catalog ${hostileCatalog}`)]
      : []),
  ],
})
