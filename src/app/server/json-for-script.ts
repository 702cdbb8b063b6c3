/**
 * JSON for the inside of a `<script>` element: `<`, `>` and `&` become `\u003c`-style
 * escapes (still the same JSON), so no text can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
