/**
 * The injected source of "now". The only place the service reads the system time: every rule takes
 * `now` as an argument and every service asks this, so tests can move time.
 */
export abstract class TimeSource {
  abstract now(): Date;
}

export class SystemTimeSource extends TimeSource {
  now(): Date {
    return new Date();
  }
}
