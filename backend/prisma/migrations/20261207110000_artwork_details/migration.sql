-- Artists' works get the details a portfolio shows (tags, physical dimensions as written), and artists a
-- picture: one of their uploads, cleared if that upload is deleted.

-- AlterTable
ALTER TABLE "artworks" ADD COLUMN     "dimensions" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "artists" ADD COLUMN     "picture_id" UUID;

-- AddForeignKey
ALTER TABLE "artists" ADD CONSTRAINT "artists_picture_id_fkey" FOREIGN KEY ("picture_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
