import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';
import { ROLES, type Role } from './roles.js';

const CODE_DESCRIPTION = 'a 6-digit code from the authenticator app, or one of the recovery codes (each works once)';

export class SignInDto {
  @ApiProperty({ example: 'ioana.popescu@example.ro', maxLength: 320 })
  @IsString()
  @Length(1, 320)
  email: string;

  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;

  @ApiPropertyOptional({
    description: `${CODE_DESCRIPTION}; needed when the answer was 401 TOTP_REQUIRED`,
    example: '123456',
    maxLength: 40,
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  code?: string;
}

export class AcceptInvitationDto {
  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: `at least ${MIN_PASSWORD_LENGTH} characters`,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @ApiPropertyOptional({
    description: 'the current 6-digit code for the invitation’s setup key: enrols TOTP; required when totpRequired (roles dpo and admin)',
    example: '123456',
    maxLength: 40,
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  code?: string;
}

/** For actions the console confirms with a fresh second factor (approving or rejecting a notice). */
export class StepUpDto {
  @ApiPropertyOptional({
    maxLength: 40,
    example: '123456',
    description:
      'console sessions only (step-up): a fresh code from the authenticator app, or a recovery code; 403 STEP_UP_REQUIRED without it, STEP_UP_INVALID when wrong or already used',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  totpCode?: string;
}

export class SignedInUserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES, description: 'the weightiest role held (admin, dpo, responder, reporter); `roles` lists them all' })
  role: Role;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
}

export class SessionView {
  @ApiProperty({ type: SignedInUserView }) user: SignedInUserView;
  @ApiProperty({ description: 'send it as the X-CSRF-Token header with every state-changing request made with the session cookie' })
  csrfToken: string;
  @ApiProperty({ description: 'the session’s absolute end (SESSION_MAX_HOURS after sign-in), whatever the activity' }) expiresAt: Date;
  @ApiProperty({ description: 'when the session ends if no request comes before (SESSION_IDLE_MINUTES of inactivity)' })
  idleExpiresAt: Date;
}

export class SessionListItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() lastSeenAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ description: 'signed in with a second factor' }) secondFactor: boolean;
  @ApiProperty({ description: 'the session this request came with' }) current: boolean;
}

export class TotpSetupView {
  @ApiProperty({ description: 'the setup key (base32), for typing into an authenticator or a password manager' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/Breach%20Desk:ioana.popescu%40example.ro?issuer=Breach%20Desk&secret=…' }) otpauthUrl: string;
  @ApiProperty({ description: 'the otpauthUrl as a QR code, an inline SVG document' }) qrCodeSvg: string;
}

export class InvitationView {
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ description: 'the roles dpo and admin sign in with TOTP: accepting needs a code' }) totpRequired: boolean;
  @ApiProperty({ type: TotpSetupView }) totp: TotpSetupView;
  @ApiProperty() expiresAt: Date;
}

export class AcceptedInvitationView {
  @ApiProperty({ description: 'sign in with this email' }) email: string;
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'shown once: each works once in place of a TOTP code (sign-in and step-up); empty when no authenticator was enrolled',
  })
  recoveryCodes: string[];
}

export class RecoveryCodesStatusView {
  @ApiProperty({ description: 'an authenticator app is enrolled (recovery codes stand in for its codes)' }) totpEnrolled: boolean;
  @ApiProperty({ description: 'recovery codes not used yet' }) unused: number;
}

export class RecoveryCodesView {
  @ApiProperty({ type: String, isArray: true, description: 'shown once; the earlier codes no longer work' }) recoveryCodes: string[];
}

export class IssuedInvitationView {
  @ApiProperty({ description: 'one use; PUBLIC_URL/invitation/{token} (a path when PUBLIC_URL is unset)' }) invitationUrl: string;
  @ApiProperty() expiresAt: Date;
}
