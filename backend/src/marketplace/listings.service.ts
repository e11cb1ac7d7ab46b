import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Listing, NewListing } from '../contract.ts';
import { requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import { venueShares } from '../venue/commission-shares.ts';
import { listingFeeBps } from './pricing.ts';
import { listingInclude, listingView } from './views.ts';

/** What artists put up for sale: originals, prints and commission slots. (Tickets are listed by their show.) */
@Injectable()
export class ListingsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  async create(sellerId: string, request: NewListing): Promise<Listing> {
    const artist = await this.prisma.artist.findUnique({ where: { userId: sellerId }, select: { id: true } });
    if (!artist) throw new ForbiddenException('Make an artist profile first.');
    let title = request.title;
    if (request.artworkId) {
      const artwork = await this.prisma.artwork.findUnique({ where: { id: request.artworkId } });
      if (!artwork) throw new NotFoundException('body.artworkId: there is no such artwork.');
      if (artwork.artistId !== artist.id)
        throw new ForbiddenException('body.artworkId: that work is not yours.');
      title ??= request.kind === 'print' ? `${artwork.title} (print)` : artwork.title;
    }
    await this.payouts.requireReadyToSell(sellerId, request.priceMinor);
    const listing = await this.prisma.listing.create({
      data: {
        sellerId,
        kind: request.kind,
        title: title ?? 'Commission',
        artworkId: request.artworkId ?? null,
        edition: request.edition,
        priceMinor: request.priceMinor,
        currency: request.currency,
        feeBps: listingFeeBps(request.kind, request.premium, await venueShares(this.prisma)),
        premium: request.premium,
      },
      include: listingInclude,
    });
    return listingView(listing);
  }

  /** The marketplace: what is for sale now, premium listings first, then the newest. */
  async list(): Promise<Listing[]> {
    const listings = await this.prisma.listing.findMany({
      where: { active: true, kind: { not: 'ticket' } },
      orderBy: [{ premium: 'desc' }, { createdAt: 'desc' }],
      take: 200,
      include: listingInclude,
    });
    return listings.map(listingView);
  }

  async get(id: string): Promise<Listing> {
    const listing = await this.prisma.listing.findUnique({ where: { id }, include: listingInclude });
    if (!listing) throw new NotFoundException('There is no such listing.');
    return listingView(listing);
  }

  /** Takes a listing off sale (its seller or an admin); orders already made are kept. */
  async withdraw(id: string, user: { sub: string; roles: readonly string[] }): Promise<Listing> {
    const listing = await this.prisma.listing.findUnique({ where: { id }, select: { sellerId: true } });
    if (!listing) throw new NotFoundException('There is no such listing.');
    requireOwnerOrAdmin(user, listing.sellerId, 'Only its seller can withdraw a listing.');
    const updated = await this.prisma.listing.update({
      where: { id },
      data: { active: false },
      include: listingInclude,
    });
    return listingView(updated);
  }
}
