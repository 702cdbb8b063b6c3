import { useQueue } from '../hooks/use-queue.ts'

/** A polite live region that says which queued episode started. */
export function QueueAnnouncement() {
  const announcement = useQueue((state) => state.announcement)
  return (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  )
}
