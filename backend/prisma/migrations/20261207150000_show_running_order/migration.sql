-- A show's running order (its acts, with the stage's lights and screen for each), set in the studio; and when
-- each ticket was first used to come in, for the performer's attendance figures.

-- AlterTable
ALTER TABLE "shows" ADD COLUMN     "acts" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "entered_at" TIMESTAMPTZ(3);
