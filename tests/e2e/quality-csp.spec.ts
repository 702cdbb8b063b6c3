import { metaPolicy, recordCspViolations, sourcesFor } from './support/csp.ts'
import { openPage, playForAMoment, seedEpisode } from './support/pages.ts'
import { expect, test } from './support/test.ts'

// What would let injected markup run code: inline code, eval, or any script from anywhere.
const unsafeScriptSources = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
]

for (const document of [
  '/',
  '/404.html',
  '/episodes/ebpf-for-the-curious',
  `/embed/${seedEpisode.slug}`,
]) {
  test(`${document} declares a strict Content-Security-Policy before anything loads`, async ({
    request,
  }) => {
    const response = await request.get(document)
    expect(response.ok()).toBe(true)
    const html = await response.text()
    const policy = metaPolicy(html)
    expect(policy, 'a <meta http-equiv="Content-Security-Policy"> tag').not.toBeNull()
    if (!policy) return

    const scripts = sourcesFor(policy, 'script-src')
    expect(scripts, 'script-src or default-src').not.toBeNull()
    for (const source of unsafeScriptSources) {
      expect(scripts, `script-src allows ${source}`).not.toContain(source)
    }
    expect(sourcesFor(policy, 'object-src'), 'plugins are off').toEqual(["'none'"])
    expect(policy.get('base-uri'), "a <base> can't reroute relative URLs").toBeDefined()
    expect(sourcesFor(policy, 'media-src'), 'audio hosts are listed').not.toBeNull()
    // The build serves its own copies of avatars and artwork: no image from another host.
    expect(sourcesFor(policy, 'img-src'), 'images from the site alone').toEqual(["'self'", 'data:'])

    // A <meta> policy only covers what comes after it.
    const metaAt = html.search(/<meta\s[^>]*content-security-policy/i)
    const firstResource = html.search(/<(script|link|style)\b/i)
    expect(metaAt).toBeGreaterThanOrEqual(0)
    if (firstResource >= 0) expect(metaAt).toBeLessThan(firstResource)
    // Prerendered pages carry data blocks (the page's documents, JSON-LD), never inline code.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>\s*\S/gi)]
    // The embed page renders in the browser from its episode's document alone.
    if (!document.startsWith('/embed/')) {
      expect(inline.length, 'the page data is embedded').toBeGreaterThan(0)
    }
    for (const [, attributes] of inline) {
      expect(attributes, 'no inline script, only data').toMatch(
        /\btype="application\/(?:ld\+)?json"/,
      )
    }
  })
}

test('browsing and playing report no CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page)
  await openPage(page, '/')
  await openPage(page, `/?guest=${seedEpisode.guest.slug}`)
  await openPage(page, `/episodes/${seedEpisode.slug}`)
  await playForAMoment(page)
  await openPage(page, `/people/${seedEpisode.guest.slug}`)
  await openPage(page, `/technologies/${seedEpisode.technology.slug}`)
  await openPage(page, '/no-such-page')
  expect(await violations()).toEqual([])
})

test.describe('the policy is enforced', () => {
  test.use({ allowConsoleErrors: [/Content Security Policy/] })

  test('an injected inline script and eval are refused and reported', async ({ page }) => {
    // A same-origin file runs as page code (code run through the test driver is exempt from CSP).
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `try { eval('window.__evaluated = true') } catch { window.__evalRefused = true }`,
      }),
    )
    const violations = await recordCspViolations(page)
    await openPage(page, '/')
    await page.evaluate(() => {
      const inline = document.createElement('script')
      inline.textContent = 'window.__injected = true'
      document.body.append(inline)
      const probe = document.createElement('script')
      probe.src = '/csp-probe.js'
      document.body.append(probe)
    })
    await expect.poll(() => page.evaluate(() => '__evalRefused' in window)).toBe(true)
    const ran = await page.evaluate(() => ({
      inline: '__injected' in window,
      evaluated: '__evaluated' in window,
    }))
    expect(ran).toEqual({ inline: false, evaluated: false })
    await expect.poll(violations).toHaveLength(2)
  })
})
