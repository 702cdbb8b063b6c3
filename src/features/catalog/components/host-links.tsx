import { Link } from 'wouter'
import type { PersonRef } from '../../../content/documents.ts'

/** "Hosted by A, B and C", each a link to the person's page; nothing without hosts. */
export function HostLinks({ hosts }: { hosts: readonly PersonRef[] }) {
  if (hosts.length === 0) return null
  return (
    <p className="text-slate-700 dark:text-slate-300">
      Hosted by{' '}
      {hosts.map((host, index) => (
        <span key={host.slug}>
          {index > 0 && (index === hosts.length - 1 ? ' and ' : ', ')}
          <Link href={`/people/${host.slug}`} className="font-medium text-accent underline">
            {host.name}
          </Link>
        </span>
      ))}
    </p>
  )
}
