/** "Played" / "In progress" mark for an episode wherever episodes are listed. */
export function ListeningStatus(_props: { slug: string }) {
  return null
}
