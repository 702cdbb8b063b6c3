/** A file the build publishes beside the app: a path under the output folder and its text. */
export interface PublishedFile {
  /** Path under the site's root (its base path), such as `feed.xml`. */
  path: string
  content: string
}
