import { Form, HandleInput } from "@medusajs/dashboard/components"
import { FetchError } from "@medusajs/js-sdk"
import { Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { UseFormReturn, useWatch } from "react-hook-form"
import { z } from "zod"
import {
  BRAND_HANDLE_MAX_LENGTH,
  BRAND_HANDLE_PATTERN,
  BRAND_LOGO_URL_MAX_LENGTH,
  BRAND_NAME_MAX_LENGTH,
  handleFromName,
  isHttpUrl,
} from "../../modules/brand/field-rules"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { AdminBrand, AdminBrandPayload } from "../lib/types"
import { BrandLogo } from "./brand-logo"

/** Create and edit share this schema; its rules are the backend's (modules/brand/field-rules.ts). */
export const brandFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(BRAND_NAME_MAX_LENGTH, `At most ${BRAND_NAME_MAX_LENGTH} characters`),
  handle: z
    .string()
    .min(1, "Enter a handle")
    .max(BRAND_HANDLE_MAX_LENGTH, `At most ${BRAND_HANDLE_MAX_LENGTH} characters`)
    .regex(BRAND_HANDLE_PATTERN, "Use lowercase letters and digits, separated by single hyphens"),
  description: z.string().max(10_000, "At most 10,000 characters"),
  logo_url: z
    .string()
    .trim()
    .max(BRAND_LOGO_URL_MAX_LENGTH, `At most ${BRAND_LOGO_URL_MAX_LENGTH} characters`)
    .refine((url) => !url || isHttpUrl(url), "Enter an http:// or https:// URL"),
  is_active: z.boolean(),
})

export type BrandFormValues = z.infer<typeof brandFormSchema>

export const brandFormDefaults = (brand?: AdminBrand): BrandFormValues => ({
  name: brand?.name ?? "",
  handle: brand?.handle ?? "",
  description: brand?.description ?? "",
  logo_url: brand?.logo_url ?? "",
  is_active: brand?.is_active ?? true,
})

export const toBrandPayload = (values: BrandFormValues): AdminBrandPayload => ({
  name: values.name,
  handle: values.handle,
  description: values.description.trim() || null,
  logo_url: values.logo_url || null,
  is_active: values.is_active,
})

/**
 * The brand the create form would make from a name alone (the handle derived from it, every other
 * field at its default), checked with the form's own schema. Used to create a brand inline from a
 * Brand picker.
 */
export function brandFromName(name: string): { payload: AdminBrandPayload } | { error: string } {
  const values: BrandFormValues = { ...brandFormDefaults(), name, handle: handleFromName(name) }
  const parsed = brandFormSchema.safeParse(values)
  if (parsed.success) return { payload: toBrandPayload(parsed.data) }
  const [issue] = parsed.error.issues
  if (issue.path[0] !== "handle") return { error: `Name: ${issue.message}` }
  return {
    error: values.handle
      ? `The handle "${values.handle}" made from this name is not valid: ${issue.message}`
      : "Use at least one letter or digit in the name: the brand's handle is made from it",
  }
}

const SERVER_ERROR_FIELDS = ["handle", "logo_url", "name", "description"] as const

/** Shows a rejected save on the field the server names (a duplicate handle, say), else in a toast. */
export function showBrandServerError(form: UseFormReturn<BrandFormValues>, error: FetchError) {
  const field = SERVER_ERROR_FIELDS.find((name) => new RegExp(`\\b${name}\\b`, "i").test(error.message))
  if (field) {
    form.setError(field, { type: "server", message: error.message }, { shouldFocus: true })
  } else {
    toast.error(error.message)
  }
}

type BrandFormFieldsProps = {
  form: UseFormReturn<BrandFormValues>
  /** Fill the handle from the name until the handle is edited by hand (create form). */
  deriveHandle?: boolean
}

export const BrandFormFields = ({ form, deriveHandle = false }: BrandFormFieldsProps) => {
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Form.Field
          control={form.control}
          name="name"
          render={({ field }) => (
            <Form.Item>
              <Form.Label>Name</Form.Label>
              <Form.Control>
                <Input
                  autoComplete="off"
                  {...field}
                  onChange={(event) => {
                    field.onChange(event)
                    if (deriveHandle && !form.getFieldState("handle").isDirty) {
                      form.setValue("handle", handleFromName(event.target.value), { shouldValidate: form.formState.isSubmitted })
                    }
                  }}
                />
              </Form.Control>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
        <Form.Field
          control={form.control}
          name="handle"
          render={({ field }) => (
            <Form.Item>
              <Form.Label tooltip="The brand's unique URL segment in the storefront, for example /brands/acme.">
                Handle
              </Form.Label>
              <Form.Control>
                <HandleInput autoComplete="off" {...field} />
              </Form.Control>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
      </div>
      <Form.Field
        control={form.control}
        name="description"
        render={({ field }) => (
          <Form.Item>
            <Form.Label optional>Description</Form.Label>
            <Form.Control>
              <Textarea {...field} />
            </Form.Control>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      <Form.Field
        control={form.control}
        name="logo_url"
        render={({ field }) => (
          <Form.Item>
            <Form.Label optional>Logo URL</Form.Label>
            <div className="flex items-center gap-x-3">
              <LogoPreview form={form} />
              <div className="flex-1">
                <Form.Control>
                  <Input type="url" autoComplete="off" placeholder="https://example.com/logo.svg" {...field} />
                </Form.Control>
              </div>
            </div>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      <Form.Field
        control={form.control}
        name="is_active"
        render={({ field: { value, onChange, ...field } }) => (
          <Form.Item>
            <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-start gap-x-3 rounded-lg p-3">
              <Form.Control>
                <Switch {...field} checked={value} onCheckedChange={onChange} />
              </Form.Control>
              <div>
                <Form.Label>Active</Form.Label>
                <Text size="small" className="text-ui-fg-subtle">
                  Inactive brands are hidden from the storefront.
                </Text>
              </div>
            </div>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
    </div>
  )
}

/** Previews the logo while it is typed, once the input pauses on an http(s) URL. */
const LogoPreview = ({ form }: { form: UseFormReturn<BrandFormValues> }) => {
  const [name, logoUrl] = useWatch({ control: form.control, name: ["name", "logo_url"] })
  const previewUrl = useDebouncedValue(logoUrl.trim(), 400)
  return <BrandLogo name={name || "?"} logoUrl={previewUrl} size="large" />
}
