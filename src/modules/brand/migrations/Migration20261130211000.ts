import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { searchKey } from "../field-rules"

const BATCH = 1000

/**
 * 0.2.0: `q` now matches `search_name`, the search form of the name (searchKey), so that
 * "müller" finds "MÜLLER" whatever the database's locale. This fills it for the brands a
 * store already has (searchKey runs in JavaScript, so it cannot be a SQL default), and moves
 * the trigram index from `name` to `search_name`. Where pg_trgm cannot be installed, search
 * works without the index.
 */
export class Migration20261130211000 extends Migration {
  override async up(): Promise<void> {
    let after = ""
    while (true) {
      const rows = (await this.execute(`select id, name from brand where id > ? order by id limit ${BATCH}`, [
        after,
      ])) as { id: string; name: string }[]
      if (!rows.length) break
      const keys = JSON.stringify(rows.map((row) => ({ id: row.id, key: searchKey(row.name) })))
      await this.execute(
        `update brand b set search_name = v.key from json_to_recordset(?::json) as v(id text, key text) where b.id = v.id and b.search_name is distinct from v.key`,
        [keys]
      )
      after = rows[rows.length - 1].id
    }
    this.addSql(`DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_brand_search_name_trgm" ON "brand" USING gin ("search_name" gin_trgm_ops) WHERE deleted_at IS NULL;
  END IF;
END $$;`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_name_trgm";`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_search_name_trgm";`)
    this.addSql(`DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_brand_name_trgm" ON "brand" USING gin ("name" gin_trgm_ops) WHERE deleted_at IS NULL;
  END IF;
END $$;`)
  }
}
