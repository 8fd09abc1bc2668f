import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OutboxSender, SLACK_GATEWAY } from './outbox-sender.js';
import { createSlackGateway } from './slack-client.js';

@Module({
  imports: [NotificationsModule],
  providers: [
    { provide: SLACK_GATEWAY, useFactory: (config: AppConfig) => createSlackGateway(config.slack), inject: [APP_CONFIG] },
    OutboxSender,
  ],
  exports: [OutboxSender, SLACK_GATEWAY],
})
export class SlackModule {}
