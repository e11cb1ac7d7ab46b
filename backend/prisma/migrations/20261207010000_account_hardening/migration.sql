-- Account hardening: one ticket per person per show, kept by the database; and a version on each user that
-- their access tokens carry, so that a password reset or a role taken away ends the tokens already out.

-- Before the key can exist, where racing orders left someone several tickets to one show, keep one (a valid
-- one before a revoked one, then the first) and drop the others. Their orders stay, as the record of a sale.
DELETE FROM "tickets" AS "t"
USING (
    SELECT "id", row_number() OVER (
        PARTITION BY "show_id", "holder_id"
        ORDER BY ("revoked_at" IS NULL) DESC, "created_at", "id"
    ) AS "rank"
    FROM "tickets"
) AS "ranked"
WHERE "t"."id" = "ranked"."id" AND "ranked"."rank" > 1;

-- DropIndex
DROP INDEX "tickets_show_id_holder_id_idx";

-- CreateIndex
CREATE UNIQUE INDEX "tickets_show_id_holder_id_key" ON "tickets"("show_id", "holder_id");

-- AlterTable
ALTER TABLE "users" ADD COLUMN "token_version" INTEGER NOT NULL DEFAULT 0;

-- Whoever takes a role away (there is no route for it: an operator, in SQL), the account's access tokens
-- stop working at once rather than in up to 15 minutes. A role given is left alone: the tokens out there
-- only have less than the account now may do, and the web client goes on with them until they are due.
CREATE FUNCTION "users_role_removed_revoke_tokens"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."token_version" := OLD."token_version" + 1;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "users_role_removed_revoke_tokens"
    BEFORE UPDATE OF "roles" ON "users"
    FOR EACH ROW WHEN (NOT (NEW."roles" @> OLD."roles"))
    EXECUTE FUNCTION "users_role_removed_revoke_tokens"();
