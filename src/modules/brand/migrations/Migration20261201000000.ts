import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `name_key`: the brand name folded for the catalogue health's near-duplicate groups, stored and
 * indexed so grouping 10,000 brands reads an index instead of folding every name per request.
 * Diacritics go (NFKD, then combining marks; only where the database is UTF-8), then case, then
 * trailing company suffixes (each after a space or punctuation: Inc, Ltd, GmbH, Co, "& Co", ...),
 * then every space and punctuation character: "Acmé GmbH & Co." and "ACME" are both "acme".
 * Written by hand: the data model cannot declare a generated column; the ORM never writes it.
 */
const SUFFIXES = "inc|incorporated|ltd|limited|llc|gmbh|kg|co|corp|corporation"
const fold = (name: string) =>
  `regexp_replace(regexp_replace(lower(${name}), ` +
  `'([[:space:][:punct:]]+(${SUFFIXES}))+[[:space:][:punct:]]*$', ''), '[[:space:][:punct:]]+', '', 'g')`
const withoutDiacritics = `regexp_replace(normalize(name, NFKD), '[\\u0300-\\u036f]', '', 'g')`

export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DO $$
BEGIN
  IF current_setting('server_encoding') = 'UTF8' THEN
    ALTER TABLE brand ADD COLUMN IF NOT EXISTS name_key text GENERATED ALWAYS AS (${fold(withoutDiacritics)}) STORED;
  ELSE
    ALTER TABLE brand ADD COLUMN IF NOT EXISTS name_key text GENERATED ALWAYS AS (${fold("name")}) STORED;
  END IF;
END $$;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_brand_name_key" ON brand (name_key) INCLUDE (id) WHERE deleted_at IS NULL AND name_key <> '';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_name_key";`)
    this.addSql(`ALTER TABLE brand DROP COLUMN IF EXISTS name_key;`)
  }
}
