import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/auth.decorators.js';
import { Metrics } from '../common/metrics.js';
import { MetricsReaderGuard } from './metrics-reader.guard.js';

@ApiTags('health')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  // Not the users' bearer guard: METRICS_TOKEN is no user's token. MetricsReaderGuard decides instead.
  @Public()
  @UseGuards(MetricsReaderGuard)
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format); bearer METRICS_TOKEN or an admin token' })
  @ApiProduces(Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOkResponse({ schema: { type: 'string', example: 'breach_desk_incidents_logged_total 3' } })
  @ApiUnauthorizedResponse({ description: 'no token, or an unknown one' })
  @ApiForbiddenResponse({ description: 'a token that is neither METRICS_TOKEN nor an admin’s' })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
