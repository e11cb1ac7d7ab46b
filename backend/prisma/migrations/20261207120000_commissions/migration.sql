-- Commissions are fulfilled in the open: their seller moves each order through accepted, in progress and
-- delivered, with messages its buyer reads.

-- CreateEnum
CREATE TYPE "CommissionStatus" AS ENUM ('accepted', 'in_progress', 'delivered');

-- CreateTable
CREATE TABLE "commission_updates" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "status" "CommissionStatus" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commission_updates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commission_updates_order_id_created_at_idx" ON "commission_updates"("order_id", "created_at");

-- AddForeignKey
ALTER TABLE "commission_updates" ADD CONSTRAINT "commission_updates_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
