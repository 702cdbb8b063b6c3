import { parseArgs } from 'node:util'
import { ImportError } from './import-error.ts'
import { formatReport } from './import-report.ts'
import { runImport } from './run-import.ts'

const usage = 'Usage: npm run import -- <feed URL or file> [--into <catalog folder>] [--force]'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      into: { type: 'string', default: 'episodes' },
      force: { type: 'boolean', default: false },
    },
  })
  const [source] = positionals
  if (!source || positionals.length > 1) {
    console.error(usage)
    return 2
  }
  try {
    const report = await runImport({ source, into: values.into, force: values.force })
    console.log(formatReport(report))
    return 0
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    console.error(error.message)
    return 1
  }
}

process.exitCode = await main()
