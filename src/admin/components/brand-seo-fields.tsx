import { Form } from "@medusajs/dashboard/components"
import { clx, Input, Text, Textarea } from "@medusajs/ui"
import { useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { BRAND_SEO_DESCRIPTION_MAX_LENGTH, BRAND_SEO_TITLE_MAX_LENGTH } from "../../modules/brand/field-rules"
import type { BrandForm } from "./brand-form"

/** "12 / 70", red once over the limit. */
const CharacterCount = ({ value, max }: { value: string; max: number }) => (
  <Text
    size="xsmall"
    className={clx("text-right tabular-nums", value.length > max ? "text-ui-fg-error" : "text-ui-fg-muted")}
    aria-live="polite"
  >
    {value.length} / {max}
  </Text>
)

/** An optional text field with a character counter. */
const CountedTextField = ({
  form,
  name,
  label,
  tooltip,
  max,
  multiline = false,
}: {
  form: BrandForm
  name: "seo_title" | "seo_description"
  label: string
  tooltip: string
  max: number
  multiline?: boolean
}) => (
  <Form.Field
    control={form.control}
    name={name}
    render={({ field }) => (
      <Form.Item>
        <Form.Label optional tooltip={tooltip}>
          {label}
        </Form.Label>
        <Form.Control>{multiline ? <Textarea rows={3} {...field} /> : <Input autoComplete="off" {...field} />}</Form.Control>
        <CharacterCount value={field.value} max={max} />
        <Form.ErrorMessage />
      </Form.Item>
    )}
  />
)

/** Cuts like a search engine does, at a word, with an ellipsis. */
const clip = (text: string, max: number) => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6))}…`
}

/** The SEO title and description with their limits, and how a search result would show the brand page. */
export const BrandSeoFields = ({ form }: { form: BrandForm }) => {
  const [name, handle, description, seoTitle, seoDescription] = useWatch({
    control: form.control,
    name: ["name", "handle", "description", "seo_title", "seo_description"],
  })
  const { t } = useTranslation()
  const title = seoTitle.trim() || name.trim() || t("medusaBrands.form.seo.previewTitle")
  const snippet = seoDescription.trim() || description.trim() || t("medusaBrands.form.seo.previewDescription")

  return (
    <div className="flex flex-col gap-y-4">
      <CountedTextField
        form={form}
        name="seo_title"
        label={t("medusaBrands.form.seo.titleLabel")}
        tooltip={t("medusaBrands.form.seo.titleTooltip")}
        max={BRAND_SEO_TITLE_MAX_LENGTH}
      />
      <CountedTextField
        form={form}
        name="seo_description"
        label={t("medusaBrands.form.seo.descriptionLabel")}
        tooltip={t("medusaBrands.form.seo.descriptionTooltip")}
        max={BRAND_SEO_DESCRIPTION_MAX_LENGTH}
        multiline
      />
      <div role="figure" aria-label={t("medusaBrands.form.seo.preview")} className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg p-4">
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("medusaBrands.form.seo.preview")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle truncate">
          {t("medusaBrands.form.seo.previewPath", { handle: handle || t("medusaBrands.form.seo.previewHandle") })}
        </Text>
        <Text size="large" weight="plus" className="truncate text-[#1a0dab] dark:text-[#8ab4f8]">
          {clip(title, 60)}
        </Text>
        <Text size="small" className="text-ui-fg-subtle line-clamp-2">
          {clip(snippet, 160)}
        </Text>
      </div>
    </div>
  )
}
