import Medusa from "@medusajs/js-sdk"

/** Same backend and session login as the dashboard's own client. */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
