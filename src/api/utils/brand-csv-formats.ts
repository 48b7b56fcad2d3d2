/*
 * The two CSV formats of brand export and import (README: "CSV export and import"). One place, so
 * export, import, the admin's templates and the README cannot drift apart.
 */

/** `type=brands`: every field of every brand, one row per brand. */
export const BRAND_CSV_COLUMNS = [
  "id",
  "handle",
  "name",
  "description",
  "logo_url",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
] as const
/** Read on import from a brands file: `handle` finds the brand, the others are written. */
export const BRAND_IMPORT_COLUMNS = ["handle", "name", "description", "logo_url", "is_active", "metadata"] as const
export const BRAND_IMPORT_REQUIRED_COLUMNS = ["handle", "name"] as const
/** In an export, accepted (and ignored) on import so an exported file imports as it is. */
export const BRAND_READ_ONLY_COLUMNS = ["id", "created_at", "updated_at"] as const

/** `type=assignments`: one row per product, with its brand's handle (empty for no brand). */
export const ASSIGNMENT_CSV_COLUMNS = ["product_id", "product_handle", "product_title", "brand_handle"] as const
/** A product is found by id when given, else by handle; at least one of the two columns is needed. */
export const ASSIGNMENT_PRODUCT_COLUMNS = ["product_id", "product_handle"] as const
export const ASSIGNMENT_READ_ONLY_COLUMNS = ["product_title"] as const

/** What one import may hold (README states them); larger files get a 400 before anything is read. */
export const BRAND_IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 50_000 }
