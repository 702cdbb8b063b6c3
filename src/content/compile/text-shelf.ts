import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Reads a kept text back. */
export type KeptText = () => string

/**
 * Where a compile keeps the large texts it publishes but does not need to hold
 * (transcripts and their files: gigabytes at 100,000 episodes): in memory for the
 * dev server and tests, in a folder of its own for a build.
 */
export interface TextShelf {
  keep(text: string): KeptText
}

export const inMemoryShelf: TextShelf = { keep: (text) => () => text }

/**
 * A shelf of files in `dir`, one per text, read back each time they are asked for.
 * `dir` is this shelf's alone: a file already there is an error, never overwritten.
 */
export function folderShelf(dir: string): TextShelf {
  mkdirSync(dir, { recursive: true })
  let count = 0
  return {
    keep(text) {
      const path = join(dir, `${count++}.txt`)
      writeFileSync(path, text, { flag: 'wx' })
      return () => readFileSync(path, 'utf8')
    },
  }
}

/**
 * Texts by path, some held and some kept on a shelf: a read-only map whose
 * values are read when asked for, so that iterating writes them one at a time.
 */
export class TextMap implements ReadonlyMap<string, string> {
  readonly #entries = new Map<string, string | KeptText>()

  set(path: string, text: string | KeptText): this {
    this.#entries.set(path, text)
    return this
  }

  get(path: string): string | undefined {
    const text = this.#entries.get(path)
    return typeof text === 'function' ? text() : text
  }

  has(path: string): boolean {
    return this.#entries.has(path)
  }

  get size(): number {
    return this.#entries.size
  }

  keys(): MapIterator<string> {
    return this.#entries.keys()
  }

  *entries(): MapIterator<[string, string]> {
    for (const [path, text] of this.#entries) {
      yield [path, typeof text === 'function' ? text() : text]
    }
  }

  *values(): MapIterator<string> {
    for (const [, text] of this.entries()) yield text
  }

  forEach(callback: (text: string, path: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [path, text] of this.entries()) callback(text, path, this)
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries()
  }
}
