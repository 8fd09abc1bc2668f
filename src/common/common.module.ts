import { Global, Module } from '@nestjs/common';
import { SystemTimeSource, TimeSource } from './time-source.js';

@Global()
@Module({ providers: [{ provide: TimeSource, useClass: SystemTimeSource }], exports: [TimeSource] })
export class CommonModule {}
