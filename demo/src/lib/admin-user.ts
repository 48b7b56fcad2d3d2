import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Creates an admin user with an email/password login, unless one with that email exists. */
export async function ensureAdminUser(container: MedusaContainer, email: string, password: string) {
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) return { user: existing, created: false }

  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not create the admin login for ${email}: ${error}`)
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  return { user, created: true }
}
