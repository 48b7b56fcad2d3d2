import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Trigram indexes so `q` (ILIKE '%term%' on name or handle) reads an index instead of every
 * brand. Written by hand: the data model cannot declare an operator class. Where pg_trgm
 * cannot be installed, search still works, only without these indexes.
 */
export class Migration20261126080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%); brand search runs without trigram indexes', SQLERRM;
END $$;`)
    this.addSql(`DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_brand_name_trgm" ON "brand" USING gin ("name" gin_trgm_ops) WHERE deleted_at IS NULL;
    CREATE INDEX IF NOT EXISTS "IDX_brand_handle_trgm" ON "brand" USING gin ("handle" gin_trgm_ops) WHERE deleted_at IS NULL;
  END IF;
END $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_name_trgm";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_handle_trgm";`)
  }
}
