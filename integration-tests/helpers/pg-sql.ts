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
