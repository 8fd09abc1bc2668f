import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Requires } from '../auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ConsoleService } from './console.service.js';
import { BoardView, ConsoleConfigView } from './console.view.js';

@ApiTags('console')
@Controller('api/v1/console')
export class ConsoleController {
  constructor(
    private readonly console: ConsoleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the console needs before sign-in: the display zone and its first language. */
  @Get('config')
  @Public()
  @ApiOkResponse({ type: ConsoleConfigView })
  configView(): ConsoleConfigView {
    // Every organisation Breach Desk serves reports to ANSPDCP, the Romanian authority: Romanian first.
    return { displayTimeZone: this.config.displayTimeZone, defaultLanguage: 'ro' };
  }

  /** Open incidents, most urgent clock first, for the console's board. */
  @Get('board')
  @Requires('reporter')
  @ApiBearerAuth()
  @ApiOkResponse({ type: BoardView })
  board(): Promise<BoardView> {
    return this.console.board();
  }
}
