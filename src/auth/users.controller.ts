import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from './auth.decorators.js';
import { AuthService, tokenView } from './auth.service.js';
import { InvitationsService } from './invitations.service.js';
import { IssuedInvitationView } from './sign-in.dto.js';
import type { User } from './user.entity.js';
import { CreateUserDto, CreatedUserView, IssueTokenDto, IssuedTokenView, TokenView, UpdateUserDto, UserView } from './user.dto.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1')
export class UsersController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post('users')
  @Requires('admin')
  @ApiCreatedResponse({ type: CreatedUserView })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto): Promise<CreatedUserView> {
    const { user, token, invitation } = await this.auth.createUser(actorOf(caller), body);
    return {
      ...userView(user),
      token: token.token,
      tokenId: token.id,
      invitationUrl: invitation.url,
      invitationExpiresAt: invitation.expiresAt,
    };
  }

  @Get('users')
  @Requires('admin')
  @ApiOkResponse({ type: UserView, isArray: true })
  async list(): Promise<UserView[]> {
    return (await this.auth.listUsers()).map(userView);
  }

  @Patch('users/:id')
  @Requires('admin')
  @ApiOkResponse({ type: UserView })
  async update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto): Promise<UserView> {
    return userView(await this.auth.updateUser(actorOf(caller), id, body));
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @Requires('admin')
  @ApiOperation({ summary: 'Refuse the user on every channel: tokens revoked, Slack link without roles (audited)' })
  @ApiOkResponse({ type: UserView })
  async deactivate(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return userView(await this.auth.deactivateUser(actorOf(caller), caller, id));
  }

  @Post('users/:id/reactivate')
  @HttpCode(200)
  @Requires('admin')
  @ApiOperation({ summary: 'Let a deactivated user back in (audited); API access needs a new token' })
  @ApiOkResponse({ type: UserView })
  async reactivate(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return userView(await this.auth.reactivateUser(actorOf(caller), id));
  }

  @Post('users/:id/invitation')
  @Requires('admin')
  @ApiOperation({ summary: 'A new one-use console invitation (set a password and TOTP); the user’s earlier links stop working' })
  @ApiCreatedResponse({ type: IssuedInvitationView })
  async invite(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<IssuedInvitationView> {
    const invitation = await this.invitations.issue(actorOf(caller), id);
    return { invitationUrl: invitation.url, expiresAt: invitation.expiresAt };
  }

  @Post('users/:id/tokens')
  @Requires('admin')
  @ApiCreatedResponse({ type: IssuedTokenView })
  issueToken(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IssueTokenDto,
  ): Promise<IssuedTokenView> {
    return this.auth.issueToken(actorOf(caller), id, body);
  }

  @Get('users/:id/tokens')
  @Requires('admin')
  @ApiOkResponse({ type: TokenView, isArray: true })
  async tokens(@Param('id', ParseUUIDPipe) id: string): Promise<TokenView[]> {
    return (await this.auth.listTokens(id)).map(tokenView);
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'revoked (admin, or the token’s owner)' })
  async revoke(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.auth.revokeToken(actorOf(caller), caller, id);
  }
}

function userView(user: User): UserView {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    slackUserId: user.slackUserId,
    createdAt: user.createdAt,
    deactivatedAt: user.deactivatedAt,
    passwordSet: user.passwordHash !== null,
    totpEnrolled: user.totpSecret !== null,
  };
}
