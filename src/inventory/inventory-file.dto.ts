import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CreateCustomerDto } from './customer.dto.js';
import { INVENTORY_FORMATS, type InventoryFormat } from './inventory-file.js';
import { CreateSystemDto, DataSetDto } from './system.dto.js';

export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export class InventoryFormatQuery {
  @ApiPropertyOptional({ enum: INVENTORY_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(INVENTORY_FORMATS)
  format?: InventoryFormat;
}

export class InventoryImportQuery extends InventoryFormatQuery {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    default: 'merge',
    description: 'merge: add or update by system slug and customer name, keep the rest; replace: the inventory becomes the file',
  })
  @IsOptional()
  @IsIn(IMPORT_MODES)
  mode?: ImportMode;
}

// The file's shape, for the OpenAPI document; a file is checked by inventory-file.ts, which names rows and paths.
export class InventoryFileShareDto {
  @ApiProperty({ example: 'Shop Alpha SRL', description: 'the customer’s name (a customer of the file, or of the inventory when merging)' })
  customer: string;
  @ApiPropertyOptional({ minimum: 0 }) subjectsAffected?: number;
  @ApiPropertyOptional({ minimum: 0 }) recordsAffected?: number;
}

export class InventoryFileDataSetDto extends OmitType(DataSetDto, ['customers']) {
  @ApiProperty({ type: InventoryFileShareDto, isArray: true }) customers: InventoryFileShareDto[];
}

export class InventoryFileSystemDto extends OmitType(CreateSystemDto, ['dataSets']) {
  @ApiProperty({ type: InventoryFileDataSetDto, isArray: true }) dataSets: InventoryFileDataSetDto[];
}

export class InventoryFileDto {
  @ApiProperty({ type: CreateCustomerDto, isArray: true }) customers: CreateCustomerDto[];
  @ApiProperty({ type: InventoryFileSystemDto, isArray: true }) systems: InventoryFileSystemDto[];
}

export class ImportCounts {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() deleted: number;
}

export class ImportSummaryView {
  @ApiProperty({ enum: IMPORT_MODES }) mode: ImportMode;
  @ApiProperty({ type: ImportCounts }) customers: ImportCounts;
  @ApiProperty({ type: ImportCounts }) systems: ImportCounts;
}
