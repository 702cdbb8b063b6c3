/** A reason the import stops before writing anything; its message says what to do. */
export class ImportError extends Error {
  override name = 'ImportError'
}
