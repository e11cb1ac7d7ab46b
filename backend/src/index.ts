export {
  banRecorder,
  classroomSongStore,
  createApi,
  visitRecorder,
  type ApiOptions,
  type AssetDir,
} from './api.ts';
export { MIGRATIONS_DIR, openDatabase, prepareDatabase, type DatabaseHandle } from './database/database.ts';
export { migrate, readMigrations, type Migration, type MigrationReport } from './database/migrator.ts';
export { startEmbeddedPostgres, freePort, type EmbeddedDatabase } from './database/embedded-postgres.ts';
