import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { queueDragAnnouncements } from '../../../src/features/player/lib/queue-drag-text.ts'

const entries = ['a', 'b', 'c'].map((slug) => ({ slug, title: `Episode ${slug}` }))
// Only the ids matter to the announcements.
const active = (id: string) => ({ id }) as unknown as Active
const over = (id: string) => ({ id }) as unknown as Over

describe('queue drag announcements', () => {
  it('says what was picked up, then each new position under it, once', () => {
    const say = queueDragAnnouncements(entries)
    expect(say.onDragStart({ active: active('c') })).toBe(
      'Picked up Episode c, at position 3 of 3.',
    )
    // The drag starts over its own place: nothing new to say.
    expect(say.onDragOver({ active: active('c'), over: over('c') })).toBeUndefined()
    expect(say.onDragOver({ active: active('c'), over: over('b') })).toBe(
      'Episode c is over position 2 of 3.',
    )
    expect(say.onDragOver({ active: active('c'), over: over('b') })).toBeUndefined()
    expect(say.onDragOver({ active: active('c'), over: over('c') })).toBe(
      'Episode c is over position 3 of 3.',
    )
    expect(say.onDragOver({ active: active('c'), over: null })).toBeUndefined()
  })

  it('leaves a real move to the queue, and says when a drop or a cancel changes nothing', () => {
    const say = queueDragAnnouncements(entries)
    expect(say.onDragEnd({ active: active('a'), over: over('c') })).toBeUndefined()
    expect(say.onDragEnd({ active: active('a'), over: over('a') })).toBe(
      'Episode a dropped back at position 1 of 3.',
    )
    expect(say.onDragEnd({ active: active('a'), over: null })).toBe(
      'Episode a dropped back at position 1 of 3.',
    )
    expect(say.onDragCancel({ active: active('b'), over: over('a') })).toBe(
      'Moving Episode b was cancelled; it stays at position 2 of 3.',
    )
    expect(say.onDragStart({ active: active('gone') })).toBeUndefined()
  })
})
