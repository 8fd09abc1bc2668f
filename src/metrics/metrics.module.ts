import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { NoticesModule } from '../notices/notices.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuditVerificationJob } from './audit-verification.service.js';
import { DatabaseGauges } from './database-gauges.service.js';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { MetricsReaderGuard } from './metrics-reader.guard.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRepository } from './metrics.repository.js';

/** GET /metrics for Prometheus. The instruments live in common/metrics.ts; this adds the scrape side. */
@Module({
  imports: [AuditModule, AuthModule, ClocksModule, NotificationsModule, NoticesModule],
  controllers: [MetricsController],
  providers: [MetricsRepository, DatabaseGauges, MetricsReaderGuard, AuditVerificationJob],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
