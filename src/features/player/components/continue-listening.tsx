/** Home-page shelf of started, unfinished episodes. */
export function ContinueListening() {
  return null
}
