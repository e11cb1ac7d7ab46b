#!/bin/sh
# Stands in for Prisma's native schema engine, which is downloaded from outside npm and so is not to be
# had offline. `prisma generate` only checks that the file exists; anything that really needs the
# engine (migrate, db push) gets this message. ProStudio applies migrations with src/database/migrator.ts.
echo "Prisma's schema engine is not installed: ProStudio applies migrations itself at start-up" >&2
echo "(backend/src/database/migrator.ts). Set PRISMA_SCHEMA_ENGINE_BINARY to a real engine to use prisma migrate." >&2
exit 1
