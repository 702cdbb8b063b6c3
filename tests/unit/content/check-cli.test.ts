import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

async function check(catalog: string, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, EPISODES_DIR: catalog, ...extraEnv }
  return run('node', ['--import', 'tsx', 'src/content/check-cli.ts'], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  )
}

describe('npm run check', () => {
  it('prints every problem and a summary, and exits with 1 on errors', async () => {
    const { code, stdout } = await check('tests/fixtures/hostile/duplicate-slugs')
    expect(code).toBe(1)
    expect(stdout).toContain('2 errors:')
    expect(stdout).toContain(
      'tests/fixtures/hostile/duplicate-slugs/first.md:3:7  slug  slug "episode-1" is also used by',
    )
    expect(stdout).toContain('tests/fixtures/hostile/duplicate-slugs/second.md:3:7  slug')
    expect(stdout).toMatch(
      /^2 episode files: 2 errors, 0 warnings \(1 published, 0 scheduled\) in [\d.]+ s$/m,
    )
    expect(stdout).not.toMatch(/\n\s+at /)
  }, 30_000)

  it('exits with 0 on a clean catalog and honours INCLUDE_SCHEDULED', async () => {
    const hidden = await check('tests/fixtures/catalogs/small')
    const shown = await check('tests/fixtures/catalogs/small', { INCLUDE_SCHEDULED: '1' })
    expect(hidden.code).toBe(0)
    expect(hidden.stdout).toMatch(
      /3 episode files: 0 errors, 0 warnings \(2 published, 1 scheduled\)/,
    )
    expect(shown.stdout).toMatch(/\(3 published, 1 scheduled\)/)
  }, 30_000)
})
