import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type Listing,
  type NewListing,
  type NewOrder,
  newListingSchema,
  newOrderSchema,
  type Order,
} from '../contract.ts';
import { ListingsService } from './listings.service.ts';
import { OrdersService } from './orders.service.ts';

const listingId = new ZodValidationPipe(z.uuid('must be a listing id'), 'id');
const orderId = new ZodValidationPipe(z.uuid('must be an order id'), 'id');

@Controller()
export class MarketplaceController {
  constructor(
    @Inject(ListingsService) private readonly listings: ListingsService,
    @Inject(OrdersService) private readonly orders: OrdersService,
  ) {}

  @Get('listings')
  list(): Promise<Listing[]> {
    return this.listings.list();
  }

  @Get('listings/:id')
  listing(@Param('id', listingId) id: string): Promise<Listing> {
    return this.listings.get(id);
  }

  @Post('listings')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  createListing(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newListingSchema, 'body')) body: NewListing,
  ): Promise<Listing> {
    return this.listings.create(request.user.sub, body);
  }

  @Delete('listings/:id')
  @UseGuards(AuthGuard)
  withdraw(@Req() request: AuthenticatedRequest, @Param('id', listingId) id: string): Promise<Listing> {
    return this.listings.withdraw(id, request.user);
  }

  /** Buys one unit: a paid order comes back pending with the Stripe Checkout URL to send the buyer to. */
  @Post('orders')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  order(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newOrderSchema, 'body')) body: NewOrder,
  ): Promise<Order> {
    return this.orders.order(request.user, body.listingId);
  }

  @Get('orders/mine')
  @UseGuards(AuthGuard)
  myOrders(@Req() request: AuthenticatedRequest): Promise<Order[]> {
    return this.orders.mine(request.user.sub);
  }

  @Get('orders/:id')
  @UseGuards(AuthGuard)
  getOrder(@Req() request: AuthenticatedRequest, @Param('id', orderId) id: string): Promise<Order> {
    return this.orders.get(id, request.user);
  }

  @Post('orders/:id/refund')
  @HttpCode(202)
  @UseGuards(AuthGuard)
  refund(@Req() request: AuthenticatedRequest, @Param('id', orderId) id: string): Promise<Order> {
    return this.orders.refund(id, request.user);
  }
}
