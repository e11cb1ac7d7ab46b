import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Listing,
  listingSchema,
  type NewListing,
  type NewOrder,
  newListingSchema,
  newOrderSchema,
  type Order,
  orderSchema,
} from '../contract.ts';
import { ListingsService } from './listings.service.ts';
import { OrdersService } from './orders.service.ts';

const listingId = new ZodValidationPipe(z.uuid('must be a listing id'), 'id');
const orderId = new ZodValidationPipe(z.uuid('must be an order id'), 'id');

@ApiTag('marketplace')
@Controller()
export class MarketplaceController {
  constructor(
    @Inject(ListingsService) private readonly listings: ListingsService,
    @Inject(OrdersService) private readonly orders: OrdersService,
  ) {}

  @ApiContract({
    summary: 'What is for sale: originals, prints and commissions, premium listings first',
    response: z.array(listingSchema),
  })
  @Get('listings')
  list(): Promise<Listing[]> {
    return this.listings.list();
  }

  @ApiContract({ summary: 'A listing', response: listingSchema })
  @Get('listings/:id')
  listing(@Param('id', listingId) id: string): Promise<Listing> {
    return this.listings.get(id);
  }

  @ApiContract({
    summary: 'Put an original, prints or a commission up for sale (paid ones need payouts set up)',
    response: listingSchema,
  })
  @Post('listings')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  createListing(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newListingSchema, 'body')) body: NewListing,
  ): Promise<Listing> {
    return this.listings.create(request.user.sub, body);
  }

  @ApiContract({ summary: 'Take your listing off sale', response: listingSchema })
  @Delete('listings/:id')
  @UseGuards(AuthGuard)
  withdraw(@Req() request: AuthenticatedRequest, @Param('id', listingId) id: string): Promise<Listing> {
    return this.listings.withdraw(id, request.user);
  }

  /** Buys one unit: a paid order comes back pending with the Stripe Checkout URL to send the buyer to. */
  @ApiContract({
    summary:
      'Buy one unit of a listing: free orders are settled at once, paid ones return a Stripe Checkout URL',
    response: orderSchema,
  })
  @Post('orders')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  order(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newOrderSchema, 'body')) body: NewOrder,
  ): Promise<Order> {
    return this.orders.order(request.user, body.listingId);
  }

  @ApiContract({ summary: 'Your orders, newest first', response: z.array(orderSchema) })
  @Get('orders/mine')
  @UseGuards(AuthGuard)
  myOrders(@Req() request: AuthenticatedRequest): Promise<Order[]> {
    return this.orders.mine(request.user.sub);
  }

  @ApiContract({ summary: 'An order you bought or sold', response: orderSchema })
  @Get('orders/:id')
  @UseGuards(AuthGuard)
  getOrder(@Req() request: AuthenticatedRequest, @Param('id', orderId) id: string): Promise<Order> {
    return this.orders.get(id, request.user);
  }

  @ApiContract({
    summary: 'Refund an order in full (its seller or an admin); it shows refunded once Stripe confirms',
    response: orderSchema,
  })
  @Post('orders/:id/refund')
  @HttpCode(202)
  @UseGuards(AuthGuard)
  refund(@Req() request: AuthenticatedRequest, @Param('id', orderId) id: string): Promise<Order> {
    return this.orders.refund(id, request.user);
  }
}
