import {
  Controller,
  Get,
  HttpCode,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
  BadRequestException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { ImportSummaryView, InventoryFileDto, InventoryFormatQuery, InventoryImportQuery } from './inventory-file.dto.js';
import { inventoryCsv, type InventoryFile, type InventoryFormat } from './inventory-file.js';
import { InventoryService } from './inventory.service.js';

/** A CSV file is read here, not by the API's JSON parser (whose 100 kB limit bounds a JSON file). */
const MAX_CSV_BYTES = 1024 * 1024;

const FILE_CONTENT = {
  'application/json': { schema: { $ref: getSchemaPath(InventoryFileDto) } },
  'text/csv': { schema: { type: 'string', description: 'one row per system, data set and customer share (a record of processing)' } },
};

@ApiTags('inventory')
@ApiBearerAuth()
@Controller('api/v1/inventory')
export class InventoryController {
  constructor(private readonly inventory: InventoryService) {}

  @Get()
  @Requires('reporter', 'admin')
  @ApiOperation({ summary: 'The whole inventory as a file (JSON or a CSV sheet), portable between installations' })
  @ApiExtraModels(InventoryFileDto)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ content: FILE_CONTENT })
  async export(@Query() query: InventoryFormatQuery, @Res({ passthrough: true }) response: Response): Promise<InventoryFile | string> {
    const file = await this.inventory.export();
    if (query.format !== 'csv') return file;
    // The byte-order mark lets a spreadsheet read the diacritics (ș, ț) as UTF-8.
    response.type('text/csv; charset=utf-8').attachment('inventory.csv');
    return `\ufeff${inventoryCsv(file)}`;
  }

  @Post('import')
  @HttpCode(200)
  @Requires('admin')
  @ApiOperation({
    summary: 'Load an inventory file: every problem named by path (JSON) or row and column (CSV), and nothing changed unless there is none',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: InventoryFileDto, description: 'the file: JSON as GET /api/v1/inventory gives it, or its CSV sheet (format=csv)' })
  @ApiOkResponse({ type: ImportSummaryView })
  @ApiPayloadTooLargeResponse({ description: 'a JSON file over 100 kB or a CSV file over 1 MB' })
  async import(@CurrentCaller() caller: Caller, @Query() query: InventoryImportQuery, @Req() request: Request): Promise<ImportSummaryView> {
    const format = query.format ?? 'json';
    return this.inventory.import(actorOf(caller), format, await fileOf(request, format), query.mode ?? 'merge');
  }
}

async function fileOf(request: Request, format: InventoryFormat): Promise<unknown> {
  const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  const wanted = format === 'csv' ? 'text/csv' : 'application/json';
  if (type !== wanted)
    throw new UnsupportedMediaTypeException(`format=${format} needs the file as Content-Type ${wanted}; got ${type ?? 'none'}`);
  if (format === 'json') return request.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CSV_BYTES) throw new PayloadTooLargeException(`the file is larger than ${MAX_CSV_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadRequestException('file is not UTF-8 text');
  }
}
