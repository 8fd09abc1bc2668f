import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics.js';
import { SystemTimeSource, TimeSource } from './time-source.js';

@Global()
@Module({ providers: [{ provide: TimeSource, useClass: SystemTimeSource }, Metrics], exports: [TimeSource, Metrics] })
export class CommonModule {}
