-- Exhibitions curated in the studio: a draft (not yet sent to the venue) has no submission time; what was
-- asked for before drafts existed was sent when it was made. Each work's place as its curator set it: its
-- height and size on a wall, or its plinth's spot on the floor.
ALTER TABLE "exhibitions" ADD COLUMN "submitted_at" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;
UPDATE "exhibitions" SET "submitted_at" = "created_at";

ALTER TABLE "exhibition_works" ADD COLUMN "height" DOUBLE PRECISION,
ADD COLUMN "scale" DOUBLE PRECISION,
ADD COLUMN "floor_x" DOUBLE PRECISION,
ADD COLUMN "floor_z" DOUBLE PRECISION;
