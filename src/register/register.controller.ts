import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Requires } from '../auth/auth.decorators.js';
import { RegisterResponse } from './register.dto.js';
import { RegisterService } from './register.service.js';

class RegisterQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

@ApiTags('register')
@ApiBearerAuth()
@Controller('api/v1/register')
export class RegisterController {
  private readonly logger = new Logger('Register');

  constructor(private readonly register: RegisterService) {}

  /** Art. 33(5): every breach, notified or not, with its facts, effects and remedial action. */
  @Get()
  @Requires('responder')
  @ApiExtraModels(RegisterResponse)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    content: {
      'application/json': { schema: { $ref: getSchemaPath(RegisterResponse) } },
      'text/csv': { schema: { type: 'string', description: 'the same entries, one row each, UTF-8 with a byte-order mark' } },
    },
  })
  async get(@Query() query: RegisterQuery, @Res() response: Response): Promise<void> {
    const pieces = query.format === 'csv' ? this.register.csv() : this.register.json();
    // The first piece is read before anything is sent, so a failure to read the register still answers with a status.
    const first = await pieces.next();
    if (query.format === 'csv') response.type('text/csv; charset=utf-8').attachment('breach-register.csv');
    else response.type('application/json; charset=utf-8');
    try {
      // Written as the client takes it (pipeline waits for 'drain'), and stopped when the client goes away.
      // One piece waits at most (Readable.from would read 16 ahead): a batch's text is all the export holds.
      await pipeline(Readable.from(resumed(first, pieces), { highWaterMark: 1 }), response);
    } catch (error) {
      this.logger.warn(`register export ended early: ${String(error)}`);
    }
  }
}

async function* resumed<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (let piece = first; !piece.done; piece = await rest.next()) yield piece.value;
}
