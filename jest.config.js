const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const TEST_MATCH = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.module.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
}
// Start their own servers, Postgres and Redis: only with TEST_TYPE=reliability (npm run test:reliability).
const SEPARATE_TEST_MATCH = {
  reliability: ["**/integration-tests/reliability/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  // The plugin build (.medusa/server) stays visible: the tests load it as a store does.
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/builds/", "<rootDir>/demo/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch:
    TEST_MATCH[process.env.TEST_TYPE] ??
    SEPARATE_TEST_MATCH[process.env.TEST_TYPE] ??
    Object.values(TEST_MATCH).flat(),
}
