import { useQueue } from '../hooks/use-queue.ts'

/** A polite live region that says what the queue last did: added, moved, removed, cleared or started an episode. */
export function QueueAnnouncement() {
  const announcement = useQueue((state) => state.announcement)
  return (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  )
}
