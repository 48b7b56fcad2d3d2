import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ClientBase, Pool } from "pg"
import type { Sql } from "./concurrency-scenarios"

/** An Sql function over a pg client or pool; `?` placeholders become `$1`, `$2`, ... */
export function pgSql(client: ClientBase | Pool): Sql {
  return async (sql, bindings = []) => {
    let index = 0
    const { rows } = await client.query(sql.replace(/\?/g, () => `$${++index}`), bindings)
    return rows
  }
}

/** An Sql function over the store's own database connection (knex `?` placeholders). */
export function containerSql(container: MedusaContainer): Sql {
  return async (sql, bindings = []) =>
    (await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(sql, bindings)).rows
}
