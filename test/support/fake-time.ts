import { TimeSource } from '../../src/common/time-source';

export const hours = (n: number) => n * 3_600_000;
export const minutes = (n: number) => n * 60_000;

/** Time that moves only when a test says so. */
export class FakeTimeSource extends TimeSource {
  private current: number;

  constructor(start: Date | string = '2026-10-24T07:00:00Z') {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  hoursAgo(n: number): Date {
    return new Date(this.current - hours(n));
  }
}
