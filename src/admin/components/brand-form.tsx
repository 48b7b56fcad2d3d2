import { Form, HandleInput } from "@medusajs/dashboard/components"
import { FetchError } from "@medusajs/js-sdk"
import { Heading, Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { t } from "i18next"
import { FieldPath, UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
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

/** A validation message, translated when the form is checked, so it follows the admin's language. */
const message = (text: () => string) => ({ error: text })
const atMost = (max: number) => message(() => t("medusaBrands.validation.maxLength", { max }))

const imageUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, atMost(max))
    .refine((url) => !url || isHttpUrl(url), message(() => t("medusaBrands.validation.httpUrl")))

/** Create and edit share this schema; its rules are the backend's (modules/brand/field-rules.ts). */
export const brandFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, message(() => t("medusaBrands.validation.nameRequired")))
    .max(BRAND_NAME_MAX_LENGTH, atMost(BRAND_NAME_MAX_LENGTH)),
  handle: z
    .string()
    .min(1, message(() => t("medusaBrands.validation.handleRequired")))
    .max(BRAND_HANDLE_MAX_LENGTH, atMost(BRAND_HANDLE_MAX_LENGTH))
    .regex(BRAND_HANDLE_PATTERN, message(() => t("medusaBrands.validation.handlePattern"))),
  description: z.string().max(BRAND_DESCRIPTION_MAX_LENGTH, atMost(BRAND_DESCRIPTION_MAX_LENGTH)),
  logo_url: imageUrl(BRAND_LOGO_URL_MAX_LENGTH),
  /** A picked logo, uploaded when the form is saved. */
  logo_file: z.instanceof(File).nullable(),
  banner_url: imageUrl(BRAND_BANNER_URL_MAX_LENGTH),
  banner_file: z.instanceof(File).nullable(),
  seo_title: z.string().max(BRAND_SEO_TITLE_MAX_LENGTH, atMost(BRAND_SEO_TITLE_MAX_LENGTH)),
  seo_description: z.string().max(BRAND_SEO_DESCRIPTION_MAX_LENGTH, atMost(BRAND_SEO_DESCRIPTION_MAX_LENGTH)),
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
  if (issue.path[0] !== "handle") return { error: t("medusaBrands.validation.nameInvalid", { message: issue.message }) }
  return {
    error: values.handle
      ? t("medusaBrands.validation.derivedHandleInvalid", { handle: values.handle, message: issue.message })
      : t("medusaBrands.validation.nameWithoutLetters"),
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
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Form.Field
          control={form.control}
          name="name"
          render={({ field }) => (
            <Form.Item>
              <Form.Label>{t("fields.name")}</Form.Label>
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
              <Form.Label tooltip={t("medusaBrands.form.handleTooltip")}>{t("fields.handle")}</Form.Label>
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
            <Form.Label optional>{t("fields.description")}</Form.Label>
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
          <Heading level="h3">{t("medusaBrands.form.seo.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("medusaBrands.form.seo.description")}
          </Text>
        </div>
        <BrandSeoFields form={form} />
      </div>
      <SwitchField form={form} name="is_active" label={t("general.active")} hint={t("medusaBrands.form.activeHint")} />
      <SwitchField
        form={form}
        name="is_featured"
        label={t("medusaBrands.form.featured")}
        hint={t("medusaBrands.form.featuredHint")}
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
