import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, type Role } from './roles.js';

export class CreateUserDto {
  @ApiProperty({ example: 'Ioana Popescu', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'ioana.popescu@example.ro' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['dpo'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({
    description: 'Slack user id (U…) linked to this user; PATCH with null unlinks',
    example: 'U012AB3CD',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @Matches(/^[UW][A-Z0-9]{2,}$/, { message: 'slackUserId must be a Slack user id such as U012AB3CD' })
  slackUserId?: string | null;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {}

export class IssueTokenDto {
  @ApiPropertyOptional({ example: 'SIEM integration', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  label?: string;

  @ApiPropertyOptional({ description: 'Rotation: revoke every other active token of the user', default: false })
  @IsOptional()
  @IsBoolean()
  revokeExisting?: boolean;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ nullable: true, type: String }) slackUserId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'Set: the user is refused on every channel (POST /users/{id}/reactivate lets them back)',
  })
  deactivatedAt: Date | null;
  @ApiProperty({ description: 'the user has set a console password (accepted an invitation)' }) passwordSet: boolean;
  @ApiProperty({ description: 'the user has an authenticator (TOTP) enrolled' }) totpEnrolled: boolean;
}

export class CreatedUserView extends UserView {
  @ApiProperty({ description: 'The new API token, shown once' }) token: string;
  @ApiProperty() tokenId: string;
  @ApiProperty({
    description: 'one-use console invitation (set a password and TOTP): PUBLIC_URL/invitation/{token}, a path when PUBLIC_URL is unset',
  })
  invitationUrl: string;
  @ApiProperty() invitationExpiresAt: Date;
}

export class IssuedTokenView {
  @ApiProperty() id: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ description: 'The token itself, shown once' }) token: string;
}

export class TokenView {
  @ApiProperty() id: string;
  @ApiProperty() userId: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ nullable: true, type: String }) label: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
}
