import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Max, Min } from 'class-validator';
import { Requires } from '../auth/auth.decorators.js';
import { AuditCheckpointsService, type SignedCheckpoint } from './audit-checkpoints.service.js';
import { AuditService } from './audit.service.js';

class CheckpointExportQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000, description: 'how many, newest first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

class AuditEntriesQuery {
  @ApiPropertyOptional({ description: 'only the entries about this entity (an incident, a notice, a user …)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ description: 'entries older than this id (the next page)', maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // A number past 2^53 is no id JavaScript can hold exactly, and past int8 PostgreSQL refuses it: 400, not 500.
  @Max(Number.MAX_SAFE_INTEGER)
  before?: number;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

class AuditEntryView {
  @ApiProperty() id: number;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ example: 'user:…' }) actor: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ example: 'incident.created' }) action: string;
  @ApiProperty({ example: 'incident' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty() hash: string;
}

class CheckpointClaimView {
  @ApiProperty({ description: 'entries in the chain when it was signed' }) entries: number;
  @ApiProperty({ description: 'hash of the last of those entries' }) headHash: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
}

class EntryRangeView {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

class ChainVerificationView {
  @ApiProperty({ description: 'the chain links up, matches every signed checkpoint and has lost nothing they counted' }) ok: boolean;
  @ApiProperty({ description: 'entries in the log' }) entries: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'id of the first entry whose hash or link is wrong, or the first that a rewrite may have changed',
  })
  firstBadEntry: number | null;
  @ApiProperty({ type: CheckpointClaimView, nullable: true, description: 'the signed checkpoint that reached furthest' })
  checkpoint: CheckpointClaimView | null;
  @ApiProperty({ type: EntryRangeView, nullable: true, description: 'entries a signed checkpoint counted that are gone (a deleted tail)' })
  missingEntries: EntryRangeView | null;
  @ApiProperty({ description: 'a signed checkpoint no longer matches the chain: it was re-hashed' }) rewritten: boolean;
  @ApiProperty({ type: [String], description: 'each finding in a sentence' }) problems: string[];
}

class SignedCheckpointView extends CheckpointClaimView {
  @ApiProperty({ description: 'names the public key (first 16 hex digits of the SHA-256 of its SPKI DER)' }) keyId: string;
  @ApiProperty({ description: 'Ed25519 signature, base64, of "breach-desk audit checkpoint v1\\n<entries>\\n<headHash>\\n<at ISO>\\n"' })
  signature: string;
}

class CheckpointExportView {
  @ApiProperty({ description: "the service's checkpoint public key (SPKI PEM), to verify the signatures" }) publicKey: string;
  @ApiProperty() keyId: string;
  @ApiProperty({ type: [SignedCheckpointView], description: 'newest first' }) checkpoints: SignedCheckpointView[];
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly checkpoints: AuditCheckpointsService,
  ) {}

  @Get('verify')
  @Requires('responder')
  @ApiOkResponse({ type: ChainVerificationView })
  verify(): Promise<ChainVerificationView> {
    return this.audit.verify();
  }

  /** The log itself, newest first (without the before/after snapshots: verify and the database hold those). */
  @Get('entries')
  @Requires('responder')
  @ApiOkResponse({ type: AuditEntryView, isArray: true })
  async entries(@Query() query: AuditEntriesQuery): Promise<AuditEntryView[]> {
    const entries = await this.audit.entries({ entityId: query.entityId, before: query.before, limit: query.limit ?? 100 });
    return entries.map(({ id, at, actor, actorName, action, entityType, entityId, hash }) => ({
      id,
      at,
      actor,
      actorName,
      action,
      entityType,
      entityId,
      hash,
    }));
  }

  @Get('checkpoints')
  @Requires('responder')
  @ApiOkResponse({ type: CheckpointExportView })
  async exportCheckpoints(@Query() query: CheckpointExportQuery): Promise<CheckpointExportView> {
    return {
      publicKey: this.checkpoints.publicKeyPem(),
      keyId: this.checkpoints.currentKeyId(),
      checkpoints: await this.checkpoints.latest(query.limit ?? 100),
    };
  }

  /** Anchors the chain now (e.g. before an export is handed to an auditor); the same as the periodic one. */
  @Post('checkpoints')
  @Requires('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SignedCheckpointView })
  checkpoint(): Promise<SignedCheckpoint> {
    return this.checkpoints.checkpoint();
  }
}
