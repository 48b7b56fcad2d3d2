import { Form, HandleInput } from "@medusajs/dashboard/components"
import { FetchError } from "@medusajs/js-sdk"
import { Heading, Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FieldPath, UseFormReturn } from "react-hook-form"
import { z } from "zod"
import {
  BRAND_BANNER_URL_MAX_LENGTH,
  BRAND_DESCRIPTION_MAX_LENGTH,
  BRAND_HANDLE_MAX_LENGTH,
  BRAND_HANDLE_PATTERN,
  BRAND_LOGO_URL_MAX_LENGTH,
  BRAND_NAME_MAX_LENGTH,
  BRAND_SEO_DESCRIPTION_MAX_LENGTH,
  BRAND_SEO_TITLE_MAX_LENGTH,
  handleFromName,
  isHttpUrl,
} from "../../modules/brand/field-rules"
import { BRAND_IMAGE_KINDS } from "../../modules/brand/image-rules"
import { uploadBrandImage } from "../hooks/api/brands"
import { AdminBrand, AdminBrandPayload } from "../lib/types"
import { BrandImageField } from "./brand-image-field"
import { BrandSeoFields } from "./brand-seo-fields"

const imageUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((url) => !url || isHttpUrl(url), "Enter an http:// or https:// URL")

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
  description: z.string().max(BRAND_DESCRIPTION_MAX_LENGTH, "At most 10,000 characters"),
  logo_url: imageUrl(BRAND_LOGO_URL_MAX_LENGTH),
  /** A picked logo, uploaded when the form is saved. */
  logo_file: z.instanceof(File).nullable(),
  banner_url: imageUrl(BRAND_BANNER_URL_MAX_LENGTH),
  banner_file: z.instanceof(File).nullable(),
  seo_title: z.string().max(BRAND_SEO_TITLE_MAX_LENGTH, `At most ${BRAND_SEO_TITLE_MAX_LENGTH} characters`),
  seo_description: z
    .string()
    .max(BRAND_SEO_DESCRIPTION_MAX_LENGTH, `At most ${BRAND_SEO_DESCRIPTION_MAX_LENGTH} characters`),
  is_active: z.boolean(),
  is_featured: z.boolean(),
})

export type BrandFormValues = z.infer<typeof brandFormSchema>
export type BrandForm = UseFormReturn<BrandFormValues>

export const brandFormDefaults = (brand?: AdminBrand): BrandFormValues => ({
  name: brand?.name ?? "",
  handle: brand?.handle ?? "",
  description: brand?.description ?? "",
  logo_url: brand?.logo_url ?? "",
  logo_file: null,
  banner_url: brand?.banner_url ?? "",
  banner_file: null,
  seo_title: brand?.seo_title ?? "",
  seo_description: brand?.seo_description ?? "",
  is_active: brand?.is_active ?? true,
  is_featured: brand?.is_featured ?? false,
})

export const toBrandPayload = (values: BrandFormValues): AdminBrandPayload => ({
  name: values.name,
  handle: values.handle,
  description: values.description.trim() || null,
  logo_url: values.logo_url || null,
  banner_url: values.banner_url || null,
  seo_title: values.seo_title.trim() || null,
  seo_description: values.seo_description.trim() || null,
  is_active: values.is_active,
  is_featured: values.is_featured,
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

/**
 * Uploads the picked logo and banner (POST /admin/brands/uploads) and puts their URLs in the
 * form, so that a save that fails afterwards (a duplicate handle, say) does not upload them
 * twice. Null when an upload is refused; the reason is shown on the image's field.
 */
export async function uploadPickedImages(form: BrandForm, values: BrandFormValues): Promise<BrandFormValues | null> {
  let ready = values
  for (const kind of BRAND_IMAGE_KINDS) {
    const file = ready[`${kind}_file`]
    if (!file) continue
    try {
      const { url } = await uploadBrandImage(file, kind)
      form.setValue(`${kind}_url`, url)
      form.setValue(`${kind}_file`, null)
      ready = { ...ready, [`${kind}_url`]: url, [`${kind}_file`]: null }
    } catch (error) {
      form.setError(`${kind}_url`, { type: "server", message: (error as Error).message }, { shouldFocus: true })
      return null
    }
  }
  return ready
}

const SERVER_ERROR_FIELDS: FieldPath<BrandFormValues>[] = [
  "handle",
  "logo_url",
  "banner_url",
  "seo_title",
  "seo_description",
  "name",
  "description",
]

/** Shows a rejected save on the field the server names (a duplicate handle, say), else in a toast. */
export function showBrandServerError(form: BrandForm, error: FetchError) {
  const field = SERVER_ERROR_FIELDS.find((name) => new RegExp(`\\b${name}\\b`, "i").test(error.message))
  if (field) {
    form.setError(field, { type: "server", message: error.message }, { shouldFocus: true })
  } else {
    toast.error(error.message)
  }
}

type BrandFormFieldsProps = {
  form: BrandForm
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
      <BrandImageField form={form} kind="logo" />
      <BrandImageField form={form} kind="banner" />
      <div className="flex flex-col gap-y-4 pt-2">
        <div>
          <Heading level="h3">Search engines</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            How the brand page appears in search results.
          </Text>
        </div>
        <BrandSeoFields form={form} />
      </div>
      <SwitchField form={form} name="is_active" label="Active" hint="Inactive brands are hidden from the storefront." />
      <SwitchField
        form={form}
        name="is_featured"
        label="Featured"
        hint="Featured brands lead the storefront's brand directory, in the order set under Brands › Order featured."
      />
    </div>
  )
}

/** A switch in a card, with its label and what it does. */
const SwitchField = ({
  form,
  name,
  label,
  hint,
}: {
  form: BrandForm
  name: "is_active" | "is_featured"
  label: string
  hint: string
}) => (
  <Form.Field
    control={form.control}
    name={name}
    render={({ field: { value, onChange, ...field } }) => (
      <Form.Item>
        <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-start gap-x-3 rounded-lg p-3">
          <Form.Control>
            <Switch {...field} checked={value} onCheckedChange={onChange} />
          </Form.Control>
          <div>
            <Form.Label>{label}</Form.Label>
            <Text size="small" className="text-ui-fg-subtle">
              {hint}
            </Text>
          </div>
        </div>
        <Form.ErrorMessage />
      </Form.Item>
    )}
  />
)
