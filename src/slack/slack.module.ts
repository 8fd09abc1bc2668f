import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { Metrics } from '../common/metrics.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { InventoryModule } from '../inventory/inventory.module.js';
import { NoticesModule } from '../notices/notices.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditHeadPoster } from './audit-head-poster.service.js';
import { AuditHeadPostsRepository } from './audit-head-posts.repository.js';
import { OutboxSender, SLACK_GATEWAY } from './outbox-sender.service.js';
import { SlackActorService } from './slack-actor.service.js';
import { createSlackGateway } from './slack-client.js';
import { SlackCommandsController } from './slack-commands.controller.js';
import { SlackCommandsService } from './slack-commands.service.js';
import { SlackFollowUps } from './slack-follow-ups.service.js';
import { SlackInteractionsController } from './slack-interactions.controller.js';
import { SlackReplayInterceptor } from './slack-replay.interceptor.js';
import { SlackRequestSeen } from './slack-request-seen.entity.js';
import { SlackRequestsSeenRepository } from './slack-requests-seen.repository.js';
import { SlackSignatureGuard } from './slack-signature.guard.js';
import { SlackThread } from './slack-thread.entity.js';
import { SlackThreadsRepository } from './slack-threads.repository.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SlackThread, SlackRequestSeen]),
    AuditModule,
    NotificationsModule,
    AuthModule,
    OrganisationModule,
    IncidentsModule,
    InventoryModule,
    ClocksModule,
    NoticesModule,
  ],
  controllers: [SlackCommandsController, SlackInteractionsController],
  providers: [
    {
      provide: SLACK_GATEWAY,
      useFactory: (config: AppConfig, metrics: Metrics) => createSlackGateway(config.slack, (code) => metrics.slackApiError(code)),
      inject: [APP_CONFIG, Metrics],
    },
    OutboxSender,
    AuditHeadPoster,
    AuditHeadPostsRepository,
    SlackActorService,
    SlackCommandsService,
    SlackRequestsSeenRepository,
    SlackFollowUps,
    SlackSignatureGuard,
    SlackThreadsRepository,
    SlackReplayInterceptor,
  ],
  exports: [OutboxSender, SLACK_GATEWAY],
})
export class SlackModule {}
