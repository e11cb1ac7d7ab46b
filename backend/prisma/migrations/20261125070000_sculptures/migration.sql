-- A work may be a sculpture: a binary glTF model shown on a plinth, its image a picture of it.
ALTER TABLE "artworks" ADD COLUMN "model_path" TEXT;
