/*
 * The dashboard's (unreleased) custom-fields mechanism picks up a file in `custom-fields/` whose
 * default export calls a function with exactly this name. @medusajs/admin-sdk does not export it
 * yet, so it is a local identity function.
 */
export const unstable_defineCustomFieldsConfig = <T,>(config: T) => config
