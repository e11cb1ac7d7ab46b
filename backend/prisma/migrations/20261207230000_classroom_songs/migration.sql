-- The song a classroom's class makes together in the DAW, kept whole (its Yjs document) between sessions.

-- CreateTable
CREATE TABLE "classroom_songs" (
    "space_id" UUID NOT NULL,
    "state" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classroom_songs_pkey" PRIMARY KEY ("space_id")
);

-- AddForeignKey
ALTER TABLE "classroom_songs" ADD CONSTRAINT "classroom_songs_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
