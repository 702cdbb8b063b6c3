/**
 * `npm run check`: validates the catalog without building the app. Prints every
 * problem and a summary; exits with 1 when there is an error.
 *   EPISODES_DIR=path/to/catalog INCLUDE_SCHEDULED=1 npm run check
 */
import { compileCatalog } from './compile/compile-catalog.ts'
import { countProblems, formatReport, summarize } from './read/problems.ts'

const started = performance.now()
const result = await compileCatalog({
  dir: process.env.EPISODES_DIR ?? 'episodes',
  includeScheduled: process.env.INCLUDE_SCHEDULED === '1',
})
const report = formatReport(result.problems)
if (report) console.log(`${report}\n`)
const { published, scheduled } = result.stats
const seconds = ((performance.now() - started) / 1000).toFixed(2)
console.log(
  `${summarize(result.problems, result.stats.files)} (${published} published, ${scheduled} scheduled) in ${seconds} s`,
)
process.exitCode = countProblems(result.problems).errors > 0 ? 1 : 0
