-- Songs made in the DAW: each its Yjs document saved whole, with a version so that a save made from an older
-- copy is refused.

-- CreateTable
CREATE TABLE "songs" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "bytes" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "songs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "songs_sizes" CHECK ("bytes" >= 0 AND "version" >= 1)
);

-- CreateIndex
CREATE INDEX "songs_owner_id_idx" ON "songs"("owner_id");

-- AddForeignKey
ALTER TABLE "songs" ADD CONSTRAINT "songs_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
