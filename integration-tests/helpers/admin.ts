import { MedusaContainer } from "@medusajs/framework/types"
import { ensureAdminUser } from "../../demo/src/lib/admin-user"

export const ADMIN_LOGIN = { email: "admin@medusa-brands.test", password: "s3cret-password" }

/** Creates the admin (the database is reset before each test) and returns bearer-token request options. */
export async function adminRequestOptions(api: any, container: MedusaContainer) {
  await ensureAdminUser(container, ADMIN_LOGIN.email, ADMIN_LOGIN.password)
  const { data } = await api.post("/auth/user/emailpass", ADMIN_LOGIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Resolves with the response of a failed request instead of throwing. */
export const failed = (request: Promise<any>) =>
  request.then(
    (response) => {
      throw new Error(`Expected the request to fail, got ${response.status}: ${JSON.stringify(response.data)}`)
    },
    (error) => {
      if (!error.response) throw error
      return error.response
    }
  )
