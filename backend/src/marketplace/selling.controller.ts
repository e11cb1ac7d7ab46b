import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Commission,
  commissionSchema,
  type CommissionSettings,
  commissionSettingsSchema,
  type MyListing,
  myListingSchema,
  type NewCommissionUpdate,
  newCommissionUpdateSchema,
  type Sale,
  saleSchema,
} from '../contract.ts';
import { SellingService } from './selling.service.ts';

const orderId = new ZodValidationPipe(z.uuid('must be an order id'), 'id');

/** The seller's side of the marketplace, for the studio's Sales tab (and commissions' buyers). */
@ApiTag('marketplace')
@Controller()
@UseGuards(AuthGuard)
export class SellingController {
  constructor(@Inject(SellingService) private readonly selling: SellingService) {}

  @ApiContract({
    summary: 'The venue’s commission on each kind of listing made from now on (a premium one pays more)',
    response: commissionSettingsSchema,
  })
  @Get('listings/terms')
  terms(): Promise<CommissionSettings> {
    return this.selling.terms();
  }

  @ApiContract({
    summary: 'Your originals, prints and commission slots, on sale or withdrawn, with what is sold',
    response: z.array(myListingSchema),
  })
  @Get('listings/mine')
  myListings(@Req() request: AuthenticatedRequest): Promise<MyListing[]> {
    return this.selling.myListings(request.user.sub);
  }

  @ApiContract({
    summary: 'The orders of your listings, newest first, with their buyers and commissions',
    response: z.array(saleSchema),
  })
  @Get('sales')
  sales(@Req() request: AuthenticatedRequest): Promise<Sale[]> {
    return this.selling.sales(request.user.sub);
  }

  @ApiContract({
    summary: 'A commission’s progress and its seller’s messages (its buyer or seller)',
    response: commissionSchema,
  })
  @Get('orders/:id/commission')
  commission(@Req() request: AuthenticatedRequest, @Param('id', orderId) id: string): Promise<Commission> {
    return this.selling.commission(id, request.user);
  }

  @ApiContract({
    summary: 'Tell a commission’s buyer where it stands: accepted, in progress or delivered, with a message',
    response: commissionSchema,
  })
  @Post('orders/:id/commission')
  @HttpCode(201)
  updateCommission(
    @Req() request: AuthenticatedRequest,
    @Param('id', orderId) id: string,
    @Body(new ZodValidationPipe(newCommissionUpdateSchema, 'body')) body: NewCommissionUpdate,
  ): Promise<Commission> {
    return this.selling.updateCommission(id, request.user, body);
  }
}
