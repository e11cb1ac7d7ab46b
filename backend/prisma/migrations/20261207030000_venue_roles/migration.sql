-- The venue's spaces belong to the venue: an artist's exhibition in a gallery and a show on a stage are
-- requests that its curators and admins answer; and a curator role for those who answer them.

-- CreateEnum
CREATE TYPE "VenueRequestStatus" AS ENUM ('pending', 'approved', 'declined');

-- AlterEnum
ALTER TYPE "UserRole" ADD VALUE 'curator';

-- AlterTable
ALTER TABLE "exhibitions" ADD COLUMN     "artist_id" UUID,
ADD COLUMN     "closes_at" TIMESTAMPTZ(3),
ADD COLUMN     "decline_reason" TEXT,
ADD COLUMN     "opens_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status" "VenueRequestStatus" NOT NULL DEFAULT 'pending';

-- AlterTable
ALTER TABLE "shows" ADD COLUMN     "decline_reason" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status" "VenueRequestStatus" NOT NULL DEFAULT 'pending';

-- What was hung and booked before stays as visitors and ticket holders know it: approved, each exhibition a
-- standing one from when it was hung (the newest standing one is shown, as before). An operator who finds
-- one they did not want takes it down in SQL (status 'declined').
UPDATE "exhibitions" SET "status" = 'approved', "opens_at" = "created_at", "reviewed_at" = CURRENT_TIMESTAMP;
UPDATE "shows" SET "status" = 'approved', "reviewed_at" = CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "exhibitions_artist_id_idx" ON "exhibitions"("artist_id");

-- AddForeignKey
ALTER TABLE "exhibitions" ADD CONSTRAINT "exhibitions_artist_id_fkey" FOREIGN KEY ("artist_id") REFERENCES "artists"("id") ON DELETE CASCADE ON UPDATE CASCADE;
