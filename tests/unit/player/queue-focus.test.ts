import { describe, expect, it } from 'vitest'
import { focusAfter } from '../../../src/features/player/lib/queue-focus.ts'

const queue = (...slugs: string[]) => slugs.map((slug) => ({ slug }))

describe('focus after a queue control acts', () => {
  it('stays on the control that moved, or on the other move button at either end', () => {
    expect(focusAfter(queue('a', 'c', 'b'), 'c', 'up', 2)).toBe('c:up')
    expect(focusAfter(queue('c', 'a', 'b'), 'c', 'up', 1)).toBe('c:down')
    expect(focusAfter(queue('c', 'a', 'b'), 'a', 'down', 0)).toBe('a:down')
    expect(focusAfter(queue('c', 'b', 'a'), 'a', 'down', 1)).toBe('a:up')
    expect(focusAfter(queue('c', 'a', 'b'), 'c', 'reorder', 2)).toBe('c:reorder')
  })

  it('goes to a neighbour after a removal, and to the toggle once the queue is empty', () => {
    expect(focusAfter(queue('a', 'c'), 'b', 'remove', 1)).toBe('c:remove')
    expect(focusAfter(queue('a', 'b'), 'c', 'remove', 2)).toBe('b:remove')
    expect(focusAfter(queue(), 'a', 'remove', 0)).toBeNull()
  })
})
