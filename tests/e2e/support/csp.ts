import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** The policy of the first `<meta http-equiv="Content-Security-Policy">`, as directive → sources. */
export function metaPolicy(html: string): Map<string, string[]> | null {
  const meta = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0]
  const content = meta && /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta)
  const policy = content?.[1] ?? content?.[2]
  if (policy === undefined) return null
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** Sources that govern a fetch directive: its own, else default-src. */
export function sourcesFor(policy: Map<string, string[]>, directive: string): string[] | null {
  return policy.get(directive) ?? policy.get('default-src') ?? null
}

/** Records every CSP violation the page reports, from before its first script. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return () => page.evaluate(() => window.__cspViolations ?? ['recorder missing'])
}
