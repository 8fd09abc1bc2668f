import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_NOTICE_HOURS, LANGUAGES, MAX_NOTICE_HOURS, MIN_NOTICE_HOURS, type Language } from './inventory.js';

export class CreateCustomerDto {
  @ApiProperty({ example: 'Shop Alpha SRL', description: 'unique; exported inventories name the customer by it' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'dpo@alpha.test', description: 'where breach warnings go (the DPA’s contact)' })
  @IsString()
  @Length(1, 500)
  contact: string;

  @ApiPropertyOptional({
    default: DEFAULT_NOTICE_HOURS,
    minimum: MIN_NOTICE_HOURS,
    maximum: MAX_NOTICE_HOURS,
    description: 'the DPA’s window to warn this customer of a breach, in hours from awareness',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_NOTICE_HOURS)
  @Max(MAX_NOTICE_HOURS)
  noticeHours?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'ro', description: 'the language of the warnings' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

/** Any subset; fields not sent keep their values. */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto) {}

export class CustomerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() contact: string;
  @ApiProperty() noticeHours: number;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
