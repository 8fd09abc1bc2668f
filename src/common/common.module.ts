import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics.js';
import { ClientRateLimiter } from './rate-limit.js';
import { SystemTimeSource, TimeSource } from './time-source.js';

@Global()
@Module({
  providers: [{ provide: TimeSource, useClass: SystemTimeSource }, Metrics, ClientRateLimiter],
  exports: [TimeSource, Metrics, ClientRateLimiter],
})
export class CommonModule {}
