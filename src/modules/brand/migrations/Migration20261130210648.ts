import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * 0.2.0: SEO fields, banner, featured flag and rank on brands, and the table of uploaded
 * logos and banners. Written by hand (the generator only writes whole tables for this module),
 * consistent with .snapshot-brand.json; every statement can run twice.
 */
export class Migration20261130210648 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "brand"
  add column if not exists "banner_url" text null,
  add column if not exists "seo_title" text null,
  add column if not exists "seo_description" text null,
  add column if not exists "is_featured" boolean not null default false,
  add column if not exists "rank" integer not null default 0,
  add column if not exists "search_name" text not null default '';`)
    this.addSql(`alter table if exists "brand"
  drop constraint if exists brand_banner_url_scheme,
  drop constraint if exists brand_seo_title_length,
  drop constraint if exists brand_seo_description_length,
  drop constraint if exists brand_rank_range;`)
    this.addSql(`alter table if exists "brand"
  add constraint brand_banner_url_scheme check (banner_url IS NULL OR banner_url ~* '^https?://'),
  add constraint brand_seo_title_length check (char_length(seo_title) <= 70),
  add constraint brand_seo_description_length check (char_length(seo_description) <= 320),
  add constraint brand_rank_range check (rank BETWEEN 0 AND 1000000);`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_brand_featured_rank" ON "brand" ("rank") WHERE deleted_at IS NULL AND is_featured IS TRUE;`
    )

    this.addSql(`create table if not exists "brand_upload" ("id" text not null, "file_id" text not null, "url" text not null, "kind" text check ("kind" in ('logo', 'banner')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_upload_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_upload_deleted_at" ON "brand_upload" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_upload_url" ON "brand_upload" ("url") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "brand_upload" cascade;`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_brand_featured_rank";`)
    this.addSql(`alter table if exists "brand"
  drop constraint if exists brand_banner_url_scheme,
  drop constraint if exists brand_seo_title_length,
  drop constraint if exists brand_seo_description_length,
  drop constraint if exists brand_rank_range;`)
    this.addSql(`alter table if exists "brand"
  drop column if exists "banner_url",
  drop column if exists "seo_title",
  drop column if exists "seo_description",
  drop column if exists "is_featured",
  drop column if exists "rank",
  drop column if exists "search_name";`)
  }
}
