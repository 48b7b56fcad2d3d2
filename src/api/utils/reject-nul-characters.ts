import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const NUL = "\u0000"

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL)
  if (Array.isArray(value)) return value.some(containsNul)
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, item]) => key.includes(NUL) || containsNul(item))
  }
  return false
}

/**
 * Postgres cannot store a NUL character in text or jsonb, nor compare with
 * one, so any NUL in the path, query or body would end as a 500. This turns
 * it into a 400 before anything runs.
 */
export function rejectNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (/%00/.test(req.originalUrl) || containsNul(req.query) || containsNul(req.body)) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "The request contains a NUL character (\\u0000), which is not allowed")
    )
  }
  next()
}
