-- Bans that hold: kept by the venue (not one room's memory), for one space or the whole venue, and for a
-- guest also by a keyed hash of the address they came from (for a while), so coming back as a new guest
-- does not escape them. And a space may admit members only.

-- AlterTable
ALTER TABLE "spaces" ADD COLUMN "members_only" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "bans" (
    "id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "space_id" UUID,
    "net_hash" TEXT,
    "net_until" TIMESTAMPTZ(3),
    "reason" TEXT,
    "banned_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bans_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bans_subject_idx" ON "bans"("subject");

-- CreateIndex
CREATE INDEX "bans_net_hash_idx" ON "bans"("net_hash");

-- AddForeignKey
ALTER TABLE "bans" ADD CONSTRAINT "bans_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
