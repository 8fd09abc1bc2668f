import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ApiToken } from './api-token.entity.js';
import { CallerGuard } from './auth.guard.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { CALLER_STRATEGIES, callerStrategies } from './caller-passport.strategy.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { RecoveryCodesController } from './recovery-codes.controller.js';
import { SecondFactorService } from './second-factor.service.js';
import { Session } from './session.entity.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsService } from './sessions.service.js';
import { SignInLockout } from './sign-in-lockout.entity.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { TotpSecretsService } from './totp-secrets.service.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';

@Module({
  imports: [AuditModule, TypeOrmModule.forFeature([User, ApiToken, Session, Invitation, RecoveryCode, SignInLockout])],
  controllers: [UsersController, SessionsController, InvitationsController, RecoveryCodesController],
  providers: [
    AuthRepository,
    AuthService,
    InvitationsService,
    SessionsService,
    SecondFactorService,
    SignInThrottle,
    TotpSecretsService,
    { provide: CALLER_STRATEGIES, useFactory: callerStrategies, inject: [AuthService, SessionsService] },
    { provide: APP_GUARD, useClass: CallerGuard },
  ],
  exports: [AuthService, SecondFactorService],
})
export class AuthModule {}
