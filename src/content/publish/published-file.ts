/** A file the build publishes beside the app: a path under the output folder and its text. */
export interface PublishedFile {
  path: string
  content: string
}
