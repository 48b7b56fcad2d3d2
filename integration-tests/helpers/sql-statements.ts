import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The SQL statements run on the shared Postgres connection while `action` runs (the modules of a
 * store on one database all query through it).
 */
export async function sqlStatementsDuring(container: MedusaContainer, action: () => Promise<unknown>): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const statements: string[] = []
  const record = ({ sql }: { sql: string }) => statements.push(sql)
  knex.on("query", record)
  try {
    await action()
  } finally {
    knex.removeListener("query", record)
  }
  return statements
}
