import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { clientOf } from '../common/rate-limit.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CurrentCaller, Public, type Caller } from './auth.decorators.js';
import { primaryRole } from './roles.js';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';
import { SessionListItemView, SessionView, SignInDto, SignedInUserView } from './sign-in.dto.js';
import type { User } from './user.entity.js';

@ApiTags('sign-in')
@ApiBearerAuth()
@Controller('api/v1/auth')
export class SessionsController {
  private readonly secureCookie: boolean;
  private readonly cookieLifetimeMs: number;

  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secureCookie = config.publicUrl?.startsWith('https:') ?? false;
    this.cookieLifetimeMs = config.auth.sessionMaxHours * 3_600_000;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Console sign-in: sets the bd_session cookie',
    description:
      '401 INVALID_CREDENTIALS (unknown email or wrong password alike), 401 TOTP_REQUIRED (send `code`), 401 TOTP_INVALID, 429 LOCKED_OUT with Retry-After after repeated failures.',
  })
  @ApiOkResponse({ type: SessionView })
  async login(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const signedIn = await this.sessions.signIn({ ...body, client: clientOf(request), userAgent: request.header('user-agent') ?? null });
    setSessionCookie(response, signedIn.token, this.cookieLifetimeMs, this.secureCookie);
    return {
      user: signedInUser(signedIn.user),
      csrfToken: signedIn.csrfToken,
      expiresAt: signedIn.expiresAt,
      idleExpiresAt: signedIn.idleExpiresAt,
    };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session ends and its cookie is cleared' })
  @ApiNoContentResponse()
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.signOut(caller);
    clearSessionCookie(response, this.secureCookie);
  }

  // Public, and read here rather than by the guard: the console asks this on every load, signed in or not, and
  // a "not signed in" answer must not count towards the client's lockout as a failed authentication does.
  @Get('session')
  @Public()
  @ApiOperation({ summary: 'The session this request’s cookie belongs to; 401 without a live one' })
  @ApiOkResponse({ type: SessionView })
  async session(@Req() request: Request): Promise<SessionView> {
    const cookie = sessionCookieOf(request);
    const caller = cookie === null ? null : await this.sessions.callerForSession(cookie);
    if (!caller) throw new UnauthorizedException('not signed in: no live console session');
    const user = await this.sessions.userOf(caller);
    return { user: signedInUser(user), csrfToken: caller.csrfToken, expiresAt: caller.expiresAt, idleExpiresAt: caller.idleExpiresAt };
  }

  @Get('sessions')
  @ApiOperation({ summary: 'My live sessions, newest first' })
  @ApiOkResponse({ type: SessionListItemView, isArray: true })
  async list(@CurrentCaller() caller: Caller): Promise<SessionListItemView[]> {
    return (await this.sessions.list(caller)).map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      ip: session.ip,
      secondFactor: session.secondFactor,
      current: session.id === caller.sessionId,
    }));
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of my sessions (another user’s answers 404, as a missing one does)' })
  @ApiNoContentResponse()
  async revoke(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.sessions.revoke(caller, id);
  }
}

export function signedInUser(user: Pick<User, 'id' | 'email' | 'name' | 'roles'>): SignedInUserView {
  return { id: user.id, email: user.email, name: user.name, role: primaryRole(user.roles), roles: user.roles };
}
