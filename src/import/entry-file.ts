import { stringify } from 'yaml'

/** A Markdown file with YAML front-matter, as the catalog keeps its entries. */
export function entryFile(fields: Record<string, unknown>, body: string): string {
  const yaml = stringify(fields, { lineWidth: 0 })
  return `---\n${yaml}---\n${body ? `\n${body.trimEnd()}\n` : ''}`
}
