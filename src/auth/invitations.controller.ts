import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from './auth.decorators.js';
import { InvitationsService } from './invitations.service.js';
import { primaryRole } from './roles.js';
import { AcceptInvitationDto, AcceptedInvitationView, InvitationView } from './sign-in.dto.js';

/** The link itself is the credential: no sign-in, 404 for an unknown link, 410 INVITATION_GONE for a used, replaced or expired one. */
@ApiTags('sign-in')
@Controller('api/v1/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'Who the invitation is for, and the TOTP setup key (text, otpauth URL, QR code)' })
  @ApiOkResponse({ type: InvitationView })
  async read(@Param('token') token: string): Promise<InvitationView> {
    const details = await this.invitations.read(token);
    return { ...details, role: primaryRole(details.roles) };
  }

  @Post(':token/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set the password (at least 12 characters) and, with `code`, enrol TOTP (required for dpo and admin); answers the recovery codes once',
  })
  @ApiOkResponse({ type: AcceptedInvitationView })
  accept(@Param('token') token: string, @Body() body: AcceptInvitationDto): Promise<AcceptedInvitationView> {
    return this.invitations.accept(token, body);
  }
}
