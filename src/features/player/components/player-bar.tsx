/** The persistent player bar, mounted once by the app layout. */
export function PlayerBar() {
  return null
}
