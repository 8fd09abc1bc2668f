import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Customer } from './customer.entity.js';
import { CustomersController } from './customers.controller.js';
import { CustomersService } from './customers.service.js';
import { InventoryController } from './inventory.controller.js';
import { InventoryRepository } from './inventory.repository.js';
import { InventoryService } from './inventory.service.js';
import { InventorySystem } from './system.entity.js';
import { SystemsController } from './systems.controller.js';
import { SystemsService } from './systems.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Customer, InventorySystem]), AuditModule],
  controllers: [CustomersController, SystemsController, InventoryController],
  providers: [CustomersService, SystemsService, InventoryService, InventoryRepository],
  exports: [InventoryService],
})
export class InventoryModule {}
