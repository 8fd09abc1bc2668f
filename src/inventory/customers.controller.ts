import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { CreateCustomerDto, CustomerView, UpdateCustomerDto } from './customer.dto.js';
import { CustomersService } from './customers.service.js';

@ApiTags('inventory')
@ApiBearerAuth()
@Controller('api/v1/customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Post()
  @Requires('responder', 'admin')
  @ApiOperation({ summary: 'Add a customer: a controller we process data for, with the DPA’s contact and warning window' })
  @ApiCreatedResponse({ type: CustomerView })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateCustomerDto): Promise<CustomerView> {
    return this.customers.create(actorOf(caller), body);
  }

  @Get()
  @Requires('reporter', 'admin')
  @ApiOkResponse({ type: CustomerView, isArray: true })
  list(): Promise<CustomerView[]> {
    return this.customers.list();
  }

  @Get(':id')
  @Requires('reporter', 'admin')
  @ApiOkResponse({ type: CustomerView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CustomerView> {
    return this.customers.get(id);
  }

  @Patch(':id')
  @Requires('responder', 'admin')
  @ApiOkResponse({ type: CustomerView })
  update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCustomerDto): Promise<CustomerView> {
    return this.customers.update(actorOf(caller), id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Requires('responder', 'admin')
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'a system’s data set still names the customer' })
  delete(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.customers.delete(actorOf(caller), id);
  }
}
