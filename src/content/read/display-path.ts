import { relative, sep } from 'node:path'

/** How a file is named in problems: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const path = relative(cwd, absolute)
  return (path || absolute).split(sep).join('/')
}
