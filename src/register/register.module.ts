import { Module } from '@nestjs/common';
import { ClocksModule } from '../clocks/clocks.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { RegisterController } from './register.controller.js';
import { RegisterService } from './register.service.js';

@Module({ imports: [IncidentsModule, ClocksModule], controllers: [RegisterController], providers: [RegisterService] })
export class RegisterModule {}
