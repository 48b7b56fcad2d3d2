/**
 * An error Medusa's error handler sends with this status and message as they are (it passes
 * `http-errors`-shaped errors through). For statuses MedusaError has no type for (413), or
 * whose message it replaces (409).
 */
export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true })
}
