import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_PRODUCT_COUNT_TABLE, PRODUCT_BRAND_TABLE } from "../links/product-brand"

const COUNT_FUNCTION = "medusa_brands_count_product_brand"

/*
 * Each brand's number of live product links, kept by statement-level triggers on the link
 * table, so every writer (this plugin, Medusa's link module, core's product deletion, a
 * restore) keeps it exact in the same transaction. Counters are upserted in brand_id order,
 * so two statements never lock the same counters in opposite orders. A brand without live
 * links has no row, so undoing a change leaves the table exactly as it was.
 */
const DELTA_UPSERT = (deltas: string) => `
    WITH upserted AS (
      INSERT INTO "${BRAND_PRODUCT_COUNT_TABLE}" AS c (brand_id, product_count)
      SELECT brand_id, sum(delta) FROM (${deltas}) d GROUP BY brand_id HAVING sum(delta) <> 0 ORDER BY brand_id
      ON CONFLICT (brand_id) DO UPDATE SET product_count = c.product_count + excluded.product_count
      RETURNING brand_id, product_count
    )
    SELECT array_agg(brand_id) INTO emptied FROM upserted WHERE product_count = 0;`

const LIVE_NEW = "SELECT brand_id, 1 AS delta FROM new_rows WHERE deleted_at IS NULL"
const LIVE_OLD = "SELECT brand_id, -1 AS delta FROM old_rows WHERE deleted_at IS NULL"

export const BRAND_PRODUCT_COUNT_DDL = `
CREATE TABLE IF NOT EXISTS "${BRAND_PRODUCT_COUNT_TABLE}" (
  brand_id text PRIMARY KEY,
  product_count bigint NOT NULL
);

CREATE OR REPLACE FUNCTION ${COUNT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  emptied text[];
BEGIN
  IF TG_OP = 'INSERT' THEN${DELTA_UPSERT(LIVE_NEW)}
  ELSIF TG_OP = 'UPDATE' THEN${DELTA_UPSERT(`${LIVE_NEW} UNION ALL ${LIVE_OLD}`)}
  ELSIF TG_OP = 'DELETE' THEN${DELTA_UPSERT(LIVE_OLD)}
  ELSE
    DELETE FROM "${BRAND_PRODUCT_COUNT_TABLE}";
  END IF;
  IF emptied IS NOT NULL THEN
    DELETE FROM "${BRAND_PRODUCT_COUNT_TABLE}" WHERE brand_id = ANY(emptied) AND product_count = 0;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS ${COUNT_FUNCTION}_insert ON "${PRODUCT_BRAND_TABLE}";
DROP TRIGGER IF EXISTS ${COUNT_FUNCTION}_update ON "${PRODUCT_BRAND_TABLE}";
DROP TRIGGER IF EXISTS ${COUNT_FUNCTION}_delete ON "${PRODUCT_BRAND_TABLE}";
DROP TRIGGER IF EXISTS ${COUNT_FUNCTION}_truncate ON "${PRODUCT_BRAND_TABLE}";
CREATE TRIGGER ${COUNT_FUNCTION}_insert AFTER INSERT ON "${PRODUCT_BRAND_TABLE}"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${COUNT_FUNCTION}();
CREATE TRIGGER ${COUNT_FUNCTION}_update AFTER UPDATE ON "${PRODUCT_BRAND_TABLE}"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${COUNT_FUNCTION}();
CREATE TRIGGER ${COUNT_FUNCTION}_delete AFTER DELETE ON "${PRODUCT_BRAND_TABLE}"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${COUNT_FUNCTION}();
CREATE TRIGGER ${COUNT_FUNCTION}_truncate AFTER TRUNCATE ON "${PRODUCT_BRAND_TABLE}"
  FOR EACH STATEMENT EXECUTE FUNCTION ${COUNT_FUNCTION}();

DELETE FROM "${BRAND_PRODUCT_COUNT_TABLE}";
INSERT INTO "${BRAND_PRODUCT_COUNT_TABLE}" (brand_id, product_count)
  SELECT brand_id, count(*) FROM "${PRODUCT_BRAND_TABLE}" WHERE deleted_at IS NULL GROUP BY brand_id;
`

/**
 * Keeps each brand's product count in a table, so a brand page and the brand list's
 * `product_count` cost the same for 100 or 100,000 products (BENCHMARKS.md). Creates the
 * table and the triggers and counts the existing links, with writers to the link table
 * held off meanwhile. A migration script because link tables exist only after module
 * migrations; safe to run again.
 */
export default async function createBrandProductCount({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx) => {
    await trx.raw(`LOCK TABLE "${PRODUCT_BRAND_TABLE}" IN SHARE ROW EXCLUSIVE MODE`)
    await trx.raw(BRAND_PRODUCT_COUNT_DDL)
  })
}
