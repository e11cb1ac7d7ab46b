-- The venue's desk: the log of moderator and venue acts, the venue's default commission shares, and visitors'
-- reports of people in its spaces.

-- CreateEnum
CREATE TYPE "ModeratorActionKind" AS ENUM ('ban_given', 'ban_lifted', 'role_granted', 'role_revoked', 'exhibition_approved', 'exhibition_declined', 'exhibition_taken_down', 'show_approved', 'show_declined', 'commission_changed', 'space_door_changed', 'report_resolved');

-- CreateTable
CREATE TABLE "moderator_actions" (
    "id" UUID NOT NULL,
    "kind" "ModeratorActionKind" NOT NULL,
    "actor_subject" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "target_id" TEXT,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderator_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "venue_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "original_bps" INTEGER NOT NULL,
    "print_bps" INTEGER NOT NULL,
    "commission_bps" INTEGER NOT NULL,
    "ticket_bps" INTEGER NOT NULL,
    "course_bps" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "venue_settings_pkey" PRIMARY KEY ("id"),
    -- One row, and shares a sale can hold.
    CONSTRAINT "venue_settings_one_row" CHECK ("id" = 1),
    CONSTRAINT "venue_settings_shares" CHECK (
        "original_bps" BETWEEN 0 AND 10000 AND "print_bps" BETWEEN 0 AND 10000
        AND "commission_bps" BETWEEN 0 AND 10000 AND "ticket_bps" BETWEEN 0 AND 10000
        AND "course_bps" BETWEEN 0 AND 10000)
);

-- CreateTable
CREATE TABLE "reports" (
    "id" UUID NOT NULL,
    "reporter" TEXT NOT NULL,
    "reporter_name" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "session_id" TEXT,
    "space_slug" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" TEXT,
    "resolution" TEXT,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "moderator_actions_created_at_idx" ON "moderator_actions"("created_at");

-- CreateIndex
CREATE INDEX "reports_resolved_at_created_at_idx" ON "reports"("resolved_at", "created_at");
