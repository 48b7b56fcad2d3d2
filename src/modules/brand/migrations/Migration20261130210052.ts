import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Brand aliases: the handles of brands merged into another one. Two constraint triggers (written
 * by hand: the data model cannot declare them) keep live brands and live aliases from sharing a
 * handle even when two transactions race: both take one transaction-scoped advisory lock before
 * checking the other table, so brand handle writes queue behind each other until commit (one key
 * rather than one per handle, so a bulk insert holds one lock, not one per row). They check the
 * row as it is when they run, so a transaction that swaps a handle between a brand and an alias
 * defers them to its commit (SET CONSTRAINTS ... DEFERRED; see the brand module service).
 */
export class Migration20261130210052 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "brand_alias" ("id" text not null, "handle" text not null, "brand_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_alias_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_alias_brand_id" ON "brand_alias" ("brand_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_alias_deleted_at" ON "brand_alias" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_brand_alias_handle_unique" ON "brand_alias" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "brand_alias" drop constraint if exists "brand_alias_brand_id_foreign";`)
    this.addSql(`alter table if exists "brand_alias" add constraint "brand_alias_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`)

    this.addSql(`CREATE OR REPLACE FUNCTION brand_handle_is_not_an_alias() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE current_handle text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('medusa-brands:brand-handles'));
  SELECT b.handle INTO current_handle FROM brand b WHERE b.id = NEW.id AND b.deleted_at IS NULL;
  IF FOUND AND EXISTS (SELECT 1 FROM brand_alias a WHERE a.handle = current_handle AND a.deleted_at IS NULL AND a.brand_id <> NEW.id) THEN
    RAISE EXCEPTION 'Brand handle "%" is an alias of another brand', current_handle
      USING ERRCODE = 'unique_violation', TABLE = 'brand', DETAIL = format('Key (handle)=(%s) already exists.', current_handle);
  END IF;
  RETURN NULL;
END $$;`)
    this.addSql(`CREATE OR REPLACE FUNCTION brand_alias_handle_is_not_a_brand() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE current_alias brand_alias%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('medusa-brands:brand-handles'));
  SELECT * INTO current_alias FROM brand_alias a WHERE a.id = NEW.id AND a.deleted_at IS NULL;
  IF FOUND AND EXISTS (SELECT 1 FROM brand b WHERE b.handle = current_alias.handle AND b.deleted_at IS NULL AND b.id <> current_alias.brand_id) THEN
    RAISE EXCEPTION 'Brand alias "%" is the handle of another brand', current_alias.handle
      USING ERRCODE = 'unique_violation', TABLE = 'brand_alias', DETAIL = format('Key (handle)=(%s) already exists.', current_alias.handle);
  END IF;
  RETURN NULL;
END $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS brand_handle_is_not_an_alias ON brand;`)
    this.addSql(`CREATE CONSTRAINT TRIGGER brand_handle_is_not_an_alias AFTER INSERT OR UPDATE OF handle, deleted_at ON brand DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION brand_handle_is_not_an_alias();`)
    this.addSql(`DROP TRIGGER IF EXISTS brand_alias_handle_is_not_a_brand ON brand_alias;`)
    this.addSql(`CREATE CONSTRAINT TRIGGER brand_alias_handle_is_not_a_brand AFTER INSERT OR UPDATE OF handle, brand_id, deleted_at ON brand_alias DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION brand_alias_handle_is_not_a_brand();`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS brand_handle_is_not_an_alias ON brand;`)
    this.addSql(`DROP FUNCTION IF EXISTS brand_handle_is_not_an_alias();`)
    this.addSql(`DROP TRIGGER IF EXISTS brand_alias_handle_is_not_a_brand ON brand_alias;`)
    this.addSql(`DROP FUNCTION IF EXISTS brand_alias_handle_is_not_a_brand();`)
    this.addSql(`drop table if exists "brand_alias" cascade;`)
  }
}
