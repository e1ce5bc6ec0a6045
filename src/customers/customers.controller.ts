import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { CustomersService } from './customers.service.js';
import {
  CustomerDetailsResponse,
  CustomerListResponse,
  ListCustomersQuery,
  UpdateCustomerDto,
} from './dto/customer.dto.js';

@ApiTags('Customers')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('v1/helpdesk/customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: 'Customers, most recently seen first; search by name, username or chat id' })
  @ApiOkResponse({ type: CustomerListResponse })
  list(@CurrentProject() project: AuthenticatedProject, @Query() query: ListCustomersQuery) {
    return this.customers.list(project, query);
  }

  @Get(':customer_id')
  @RequirePermission('read')
  @ApiOperation({ summary: 'A customer with ticket counts, CSAT average and their newest tickets' })
  @ApiParam({ name: 'customer_id', format: 'uuid' })
  @ApiOkResponse({ type: CustomerDetailsResponse })
  get(@CurrentProject() project: AuthenticatedProject, @Param('customer_id') customerId: string) {
    return this.customers.get(project, customerId);
  }

  @Patch(':customer_id')
  @RequirePermission('tickets.write')
  @ApiOperation({ summary: "Change the team's note or block the customer (support+); only the fields sent change" })
  @ApiParam({ name: 'customer_id', format: 'uuid' })
  @ApiOkResponse({ type: CustomerDetailsResponse })
  update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('customer_id') customerId: string,
    @Body() body: UpdateCustomerDto,
  ) {
    return this.customers.update(project, customerId, body);
  }

  @Delete(':customer_id')
  @HttpCode(204)
  @RequirePermission('config.write')
  @ApiOperation({
    summary:
      'Erase the customer (admin+), irreversibly: names, chat id, the text of their messages and their files; ' +
      'their tickets stay. Fires customer.erased',
  })
  @ApiParam({ name: 'customer_id', format: 'uuid' })
  @ApiNoContentResponse()
  async erase(
    @CurrentProject() project: AuthenticatedProject,
    @Param('customer_id') customerId: string,
  ): Promise<void> {
    await this.customers.erase(project, customerId);
  }
}
