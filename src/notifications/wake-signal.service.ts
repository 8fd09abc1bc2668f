import { Injectable } from '@nestjs/common';

/**
 * In-process nudges after a commit: "a step was scheduled", "a message was queued". Timers poll anyway
 * (other instances write too); this only removes the wait on the instance that made the change.
 */
@Injectable()
export class WakeSignal {
  private readonly listeners = new Map<string, Set<() => void>>();

  on(topic: 'steps' | 'outbox', listener: () => void): void {
    if (!this.listeners.has(topic)) this.listeners.set(topic, new Set());
    this.listeners.get(topic)!.add(listener);
  }

  emit(topic: 'steps' | 'outbox'): void {
    for (const listener of this.listeners.get(topic) ?? []) listener();
  }
}
