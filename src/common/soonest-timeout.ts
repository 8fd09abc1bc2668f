import type { SchedulerRegistry } from '@nestjs/schedule';

/**
 * One named timeout (kept in the SchedulerRegistry) that only ever moves earlier: asking for a later run while
 * an earlier one is set changes nothing, so a stream of wake-ups cannot postpone the run forever.
 */
export class SoonestTimeout {
  private dueAt = Infinity;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly name: string,
    private readonly fire: () => void,
  ) {}

  /** Runs `fire` in `ms`, unless a run is already set sooner. */
  in(ms: number): void {
    const dueAt = performance.now() + ms;
    if (this.dueAt <= dueAt && this.registry.doesExist('timeout', this.name)) return;
    this.clear();
    this.dueAt = dueAt;
    this.registry.addTimeout(
      this.name,
      setTimeout(() => {
        this.dueAt = Infinity;
        this.fire();
      }, ms),
    );
  }

  clear(): void {
    this.dueAt = Infinity;
    if (this.registry.doesExist('timeout', this.name)) this.registry.deleteTimeout(this.name);
  }
}
