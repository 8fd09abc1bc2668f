import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommonModule } from './common/common.module.js';
import { ConsoleModule } from './console/console.module.js';
import { HttpErrorFilter } from './common/http-exception.filter.js';
import { RateLimitMiddleware } from './common/rate-limit.middleware.js';
import { RequestLoggingMiddleware } from './common/request-logging.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { ClocksModule } from './clocks/clocks.module.js';
import { ClocksService } from './clocks/clocks.service.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { IncidentsService } from './incidents/incidents.service.js';
import { InventoryModule } from './inventory/inventory.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { EscalationDispatchModule } from './notifications/escalation-dispatch.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { RegisterModule } from './register/register.module.js';
import { SlackModule } from './slack/slack.module.js';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        CommonModule,
        DatabaseModule.forUrl(databaseUrl, config.migrationDatabaseUrl),
        ScheduleModule.forRoot(),
        AuditModule,
        AuthModule,
        OrganisationModule,
        InventoryModule,
        IncidentsModule,
        EscalationDispatchModule.register({ imports: [ClocksModule, IncidentsModule], clocks: ClocksService, incidents: IncidentsService }),
        NoticesModule,
        RegisterModule,
        SlackModule,
        HealthModule,
        MetricsModule,
        ConsoleModule.forRoot(),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [APP_CONFIG],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware, RateLimitMiddleware).forRoutes('*path');
  }
}
