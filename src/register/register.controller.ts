import { Controller, Get, Query, Res } from '@nestjs/common';
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
    if (query.format === 'csv') {
      response
        .type('text/csv; charset=utf-8')
        .attachment('breach-register.csv')
        // the byte-order mark makes spreadsheet programs read the Romanian diacritics as UTF-8
        .send('\uFEFF' + (await this.register.csv()));
      return;
    }
    response.json(await this.register.entries());
  }
}
