import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The SQL statements sent on the store's shared connection (every module's and
 * `query.graph`'s, and raw knex) while `action` runs, read from knex's query event.
 */
export async function statementsDuring<T>(container: MedusaContainer, action: () => Promise<T>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const statements: string[] = []
  const record = (query: { sql: string }) => statements.push(query.sql)
  knex.on("query", record)
  try {
    const result = await action()
    return { result, statements }
  } finally {
    knex.off("query", record)
  }
}
