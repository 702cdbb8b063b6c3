import { test as base, expect } from '@playwright/test'

/**
 * The browser suite's `test`: every page fails its test when it logs a console
 * error, throws, or has a request fail, unless the test declares that it
 * provokes that failure (`test.use({ allowConsoleErrors: [/…/] })`). Playwright reads
 * a two-item array whose second item is an object as `[value, options]`, so give two
 * patterns as `[[a, b], { scope: 'test' }]` or join them into one expression.
 */
export const test = base.extend<{
  allowConsoleErrors: RegExp[]
  allowFailedRequests: RegExp[]
}>({
  allowConsoleErrors: [[], { option: true }],
  allowFailedRequests: [[], { option: true }],
  page: async ({ page, allowConsoleErrors, allowFailedRequests }, use) => {
    const problems: string[] = []
    const allowedRequest = (url: string) => allowFailedRequests.some((pattern) => pattern.test(url))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const text = `${message.text()} ${message.location().url}`
      if (!allowConsoleErrors.some((pattern) => pattern.test(text))) {
        problems.push(`console error: ${text}`)
      }
    })
    page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`))
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown'
      // An aborted request was cancelled by the page (a seek, a navigation, a reload
      // during an idle preload), not refused by the server: statuses are checked below.
      const cancelled = reason.includes('ERR_ABORTED')
      if (!cancelled && !allowedRequest(request.url())) {
        problems.push(`request failed: ${request.url()} (${reason})`)
      }
    })
    page.on('response', (response) => {
      if (response.status() >= 400 && !allowedRequest(response.url())) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`)
      }
    })
    // The suite never depends on a third-party host: GitHub avatars are cancelled
    // unless a test routes them itself (its routes take precedence over this one).
    await page.route('https://github.com/**', (route) => route.abort('aborted'))
    await use(page)
    expect(problems, 'console errors, uncaught errors or failed requests').toEqual([])
  },
})

export { expect }
