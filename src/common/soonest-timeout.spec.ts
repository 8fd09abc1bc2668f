import { SchedulerRegistry } from '@nestjs/schedule';
import { SoonestTimeout } from './soonest-timeout.js';

function aTimeout(): { fire: jest.Mock; timeout: SoonestTimeout } {
  const fire = jest.fn();
  return { fire, timeout: new SoonestTimeout(new SchedulerRegistry(), 'test', fire) };
}

describe('SoonestTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps the sooner of two runs and fires once', () => {
    const { fire, timeout } = aTimeout();
    timeout.in(100);
    timeout.in(5_000);
    jest.advanceTimersByTime(100);
    expect(fire).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('moves a later run earlier', () => {
    const { fire, timeout } = aTimeout();
    timeout.in(5_000);
    timeout.in(100);
    jest.advanceTimersByTime(100);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('can be set again once it has fired, and cleared', () => {
    const { fire, timeout } = aTimeout();
    timeout.in(10);
    jest.advanceTimersByTime(10);
    timeout.in(5_000);
    jest.advanceTimersByTime(5_000);
    expect(fire).toHaveBeenCalledTimes(2);
    timeout.in(10);
    timeout.clear();
    jest.advanceTimersByTime(1_000);
    expect(fire).toHaveBeenCalledTimes(2);
  });
});
