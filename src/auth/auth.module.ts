import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module.js';
import { BearerAuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { BearerStrategy } from './bearer.strategy.js';
import { UsersController } from './users.controller.js';

@Module({
  imports: [PassportModule, AuditModule],
  controllers: [UsersController],
  providers: [AuthService, BearerStrategy, { provide: APP_GUARD, useClass: BearerAuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
