import { readFileSync } from 'node:fs'
import { type Position, YamlLocator } from './yaml-locator.ts'

/** Where a field of a YAML file (such as site.yaml) is; the file's start when it cannot be read. */
export function locateInYamlFile(path: string, keys: string[]): Position {
  try {
    return new YamlLocator(readFileSync(path, 'utf8'), 1).locate(keys)
  } catch {
    return { line: 1, column: 1 }
  }
}
