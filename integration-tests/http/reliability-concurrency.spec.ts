import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"
import { adminRequestOptions } from "../helpers/admin"
import {
  Api,
  CONCURRENCY_SCENARIOS,
  expectBrandFeedExactlyOnce,
  scenarioTotals,
  Sql,
} from "../helpers/concurrency-scenarios"
import { brandCountMismatches } from "../helpers/catalogue-rows"
import { pgSql } from "../helpers/pg-sql"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer, dbConfig }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let apis: Api[]
    let sql: Sql
    let client: Client

    // The runner re-creates the database before each test, so connect per test.
    beforeEach(async () => {
      client = new Client({ connectionString: dbConfig.clientUrl })
      await client.connect()
      sql = pgSql(client)
      const { headers } = await adminRequestOptions(api, getContainer())
      const request: Api["request"] = (method, url, data) =>
        api.request({ method, url, data, headers, validateStatus: () => true })
      apis = [{ name: "in-process", request }]
    })
    afterEach(() => client.end())

    for (const [name, scenario] of Object.entries(CONCURRENCY_SCENARIOS)) {
      it(name, async () => {
        scenarioTotals.brandsCreated.length = 0
        scenarioTotals.brandsDeleted.length = 0
        scenarioTotals.brandsMerged.length = 0
        await scenario({ apis, sql, suffix: name.toLowerCase() })
        expect(await brandCountMismatches(sql)).toEqual([])
        const { brandsCreated: created, brandsDeleted: deleted, brandsMerged: merged } = scenarioTotals
        await expectBrandFeedExactlyOnce(sql, { created, deleted, merged })
      })
    }
  },
})
