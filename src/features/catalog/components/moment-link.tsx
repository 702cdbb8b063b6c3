import { Link } from 'wouter'
import { formatClock } from '../../../lib/format-clock.ts'
import { snippetParts } from '../search/snippet.ts'
import type { ResultMoment } from '../search/static/result-moment.ts'

interface MomentLinkProps {
  slug: string
  moment: ResultMoment
}

/** Where a search found its words in an episode: the chapter or passage, a link to that moment. */
export function MomentLink({ slug, moment }: MomentLinkProps) {
  const seconds = Math.floor(moment.seconds)
  return (
    <p className="text-sm">
      <span className="text-slate-600 dark:text-slate-300">
        {moment.field === 'chapter' ? 'In chapter ' : 'In transcript '}
      </span>
      <Link href={`/episodes/${slug}?t=${seconds}`} className="font-medium text-accent underline">
        {snippetParts(moment.snippet, moment.highlights).map((part, i) =>
          part.marked ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
            <mark key={i} className="rounded-sm bg-accent-soft px-0.5 text-inherit">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}{' '}
        ({formatClock(seconds)})
      </Link>
    </p>
  )
}
