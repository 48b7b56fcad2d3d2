import { z } from "@medusajs/framework/zod"

/** One value or several (`?id=a&id=b`). */
export const oneOrMany = (schema: z.ZodString) => z.union([schema, z.array(schema).max(100)])

/** `order` as `field` or `-field`, limited to the given fields. */
export const orderParam = (fields: readonly string[]) =>
  z.enum([...fields, ...fields.map((field) => `-${field}`)] as [string, ...string[]], {
    error: () => `order must be one of ${fields.join(", ")}, optionally prefixed with "-"`,
  })

const boundedInt = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: () => `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)

/** `fields`, `offset`, `limit` (at most 100) and `order`, with unknown keys rejected by the caller's `.strict()`. */
export const listParams = (orderFields: readonly string[], defaultLimit = 20) =>
  z.object({
    fields: z.string().max(2000).optional(),
    offset: boundedInt("offset", 0, 1_000_000_000).default(0),
    limit: boundedInt("limit", 0, 100).default(defaultLimit),
    order: orderParam(orderFields).optional(),
  })

export const queryBoolean = (name: string) =>
  z.enum(["true", "false"], { error: () => `${name} must be true or false` }).transform((value) => value === "true")

/** `q`: free-text search, trimmed. */
export const searchParam = z.string().trim().max(200, "q must be at most 200 characters")
