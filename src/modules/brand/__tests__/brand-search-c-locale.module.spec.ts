import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"
import { BRAND_MODULE } from ".."
import Brand from "../models/brand"
import BrandAlias from "../models/brand-alias"
import BrandUpload from "../models/brand-upload"
import BrandModuleService from "../service"

jest.setTimeout(60000)

/*
 * A store's Postgres may use the C locale, where ILIKE and lower() fold only ASCII letters.
 * Brand search must not depend on that: this database is created with it on purpose.
 */
const DB_NAME = "medusa-brands-search-c-locale"
const server = () =>
  new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })

beforeAll(async () => {
  const client = server()
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${DB_NAME}"`)
  await client.query(
    `CREATE DATABASE "${DB_NAME}" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER libc LC_COLLATE 'C' LC_CTYPE 'C'`
  )
  await client.end()
})

afterAll(async () => {
  const client = server()
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`)
  await client.end()
})

moduleIntegrationTestRunner<BrandModuleService>({
  moduleName: BRAND_MODULE,
  moduleModels: [Brand, BrandUpload, BrandAlias],
  resolve: "./src/modules/brand",
  dbName: DB_NAME,
  testSuite: ({ service, MikroOrmWrapper }) => {
    it("finds MÜLLER with müller on a database with the C locale", async () => {
      const knex = MikroOrmWrapper.getManager().getKnex()
      const { rows } = await knex.raw("select 'MÜLLER' ilike '%müller%' as folds, datcollate from pg_database where datname = current_database()")
      // The database itself does not fold Ü and ü...
      expect(rows[0]).toEqual({ folds: false, datcollate: "C" })

      await service.createBrands([{ name: "MÜLLER" }, { name: "Ærø Design" }, { name: "Other" }])
      // ...brand search does.
      for (const q of ["müller", "MÜLLER", "Muller", "ÜLL"]) {
        expect([q, (await service.listBrands({ q })).map((brand) => brand.name)]).toEqual([q, ["MÜLLER"]])
      }
      expect((await service.listBrands({ q: "ærø" })).map((brand) => brand.name)).toEqual(["Ærø Design"])
    })
  },
})
