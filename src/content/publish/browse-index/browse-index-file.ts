/** A file of the browse index: a path under the site's root and its bytes or text. */
export interface BrowseIndexFile {
  path: string
  content: Uint8Array | string
}
