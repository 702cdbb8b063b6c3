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
    {
      command: `npx tsx tests/support/serve-app.ts --catalog episodes --out dist-e2e/sample-${SAMPLE_PORT} --port ${SAMPLE_PORT}`,
      cwd: '..',
      port: SAMPLE_PORT,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
})
