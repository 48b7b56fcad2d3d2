import { Form } from "@medusajs/dashboard/components"
import { ArrowDownTray, XMarkMini } from "@medusajs/icons"
import { clx, IconButton, Input, Text } from "@medusajs/ui"
import { ChangeEvent, DragEvent, useEffect, useMemo, useRef, useState } from "react"
import { useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { isHttpUrl } from "../../modules/brand/field-rules"
import {
  BRAND_IMAGE_ACCEPT,
  BRAND_IMAGE_MAX_BYTES,
  BrandImageKind,
  BrandImageRejection,
  checkBrandImage,
  formatFileSize,
} from "../../modules/brand/image-rules"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import type { BrandForm } from "./brand-form"
import { BrandLogo } from "./brand-logo"

/** The translation keys of each kind's texts. */
const TEXTS = {
  logo: {
    url: "medusaBrands.form.logo.url",
    hint: "medusaBrands.form.logo.hint",
    upload: "medusaBrands.form.logo.upload",
    remove: "medusaBrands.form.logo.remove",
    file: "medusaBrands.form.logo.file",
    empty: "medusaBrands.validation.logo.empty",
    tooLarge: "medusaBrands.validation.logo.tooLarge",
    notImage: "medusaBrands.validation.logo.notImage",
    tooManyPixels: "medusaBrands.validation.logo.tooManyPixels",
  },
  banner: {
    url: "medusaBrands.form.banner.url",
    hint: "medusaBrands.form.banner.hint",
    upload: "medusaBrands.form.banner.upload",
    remove: "medusaBrands.form.banner.remove",
    file: "medusaBrands.form.banner.file",
    empty: "medusaBrands.validation.banner.empty",
    tooLarge: "medusaBrands.validation.banner.tooLarge",
    notImage: "medusaBrands.validation.banner.notImage",
    tooManyPixels: "medusaBrands.validation.banner.tooManyPixels",
  },
} satisfies Record<BrandImageKind, Record<string, string>>

/** Why a picked file was refused (the upload route's own check), in the admin's language. */
const useRejectionMessage = (kind: BrandImageKind) => {
  const { t, i18n } = useTranslation()
  const texts = TEXTS[kind]
  const formats = t("medusaBrands.form.image.formats")
  return (rejection: BrandImageRejection) => {
    switch (rejection.reason) {
      case "empty":
        return t(texts.empty)
      case "too_large":
        return t(texts.tooLarge, {
          max: formatFileSize(rejection.maxBytes, i18n.language),
          size: formatFileSize(rejection.bytes, i18n.language),
        })
      case "markup":
        return t("medusaBrands.validation.imageMarkup", { formats })
      case "not_image":
        return t(texts.notImage, { formats })
      case "too_many_pixels":
        return t(texts.tooManyPixels, { max: rejection.maxPixels, width: rejection.width, height: rejection.height })
    }
  }
}

/**
 * A logo or banner: dropped or picked as a file (checked here with the upload route's own
 * rules, and uploaded when the form is saved), or given as an http(s) URL. Shows a preview.
 */
export const BrandImageField = ({ form, kind }: { form: BrandForm; kind: BrandImageKind }) => {
  const urlField = `${kind}_url` as const
  const fileField = `${kind}_file` as const
  const { t, i18n } = useTranslation()
  const texts = TEXTS[kind]
  const rejectionMessage = useRejectionMessage(kind)
  const [name, url, file] = useWatch({ control: form.control, name: ["name", urlField, fileField] })

  const selectFile = async (picked: File | undefined) => {
    if (!picked) return
    const check = checkBrandImage(new Uint8Array(await picked.arrayBuffer()), kind)
    if (!check.ok) {
      form.setError(urlField, { type: "file", message: rejectionMessage(check) })
      return
    }
    form.clearErrors(urlField)
    form.setValue(fileField, picked, { shouldDirty: true })
    form.setValue(urlField, "", { shouldDirty: true })
  }

  const clear = () => {
    form.setValue(fileField, null, { shouldDirty: true })
    form.setValue(urlField, "", { shouldDirty: true })
    form.clearErrors(urlField)
  }

  return (
    <Form.Field
      control={form.control}
      name={urlField}
      render={({ field }) => (
        <Form.Item>
          <Form.Label optional>{t(texts.url)}</Form.Label>
          <div className={clx("flex gap-4", kind === "banner" ? "flex-col" : "items-start")}>
            <ImagePreview kind={kind} name={name} file={file} url={url} />
            <div className="flex min-w-0 flex-1 flex-col gap-y-2">
              <DropZone
                fileLabel={t(texts.file)}
                label={
                  file
                    ? t("medusaBrands.form.image.picked", { file: file.name, size: formatFileSize(file.size, i18n.language) })
                    : t(texts.upload)
                }
                hint={t("medusaBrands.form.image.limits", {
                  formats: t("medusaBrands.form.image.formats"),
                  size: formatFileSize(BRAND_IMAGE_MAX_BYTES[kind], i18n.language),
                  hint: t(texts.hint),
                })}
                hasError={Boolean(form.formState.errors[urlField])}
                onFile={selectFile}
              />
              <div className="flex items-center gap-x-2">
                <div className="flex-1">
                  <Form.Control>
                    <Input
                    type="url"
                    autoComplete="off"
                    placeholder={t("medusaBrands.form.image.urlPlaceholder")}
                    {...field}
                    onChange={(event) => {
                      field.onChange(event)
                      if (file) form.setValue(fileField, null, { shouldDirty: true })
                    }}
                  />
                  </Form.Control>
                </div>
                {(url || file) && (
                  <IconButton type="button" variant="transparent" size="small" aria-label={t(texts.remove)} onClick={clear}>
                    <XMarkMini />
                  </IconButton>
                )}
              </div>
            </div>
          </div>
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )
}

/** The picked file (from memory) or, once typing pauses, the http(s) URL; nothing else reaches an <img>. */
const ImagePreview = ({ kind, name, file, url }: { kind: BrandImageKind; name: string; file: File | null; url: string }) => {
  const { t } = useTranslation()
  const fileUrl = useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file])
  useEffect(
    () => () => {
      if (fileUrl) URL.revokeObjectURL(fileUrl)
    },
    [fileUrl]
  )
  const typedUrl = useDebouncedValue(url.trim(), 400)
  const src = fileUrl ?? (isHttpUrl(typedUrl) ? typedUrl : undefined)

  if (kind === "logo") return <BrandLogo name={name || "?"} logoUrl={src} size="xlarge" trustedSource={Boolean(fileUrl)} />
  return (
    <div className="bg-ui-bg-subtle border-ui-border-base flex aspect-[6/1] w-full items-center justify-center overflow-hidden rounded-lg border">
      {src ? (
        <img
          src={src}
          alt={name ? t("medusaBrands.form.banner.alt", { name }) : t("medusaBrands.form.banner.altUnnamed")}
          className="size-full object-cover"
        />
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {t("medusaBrands.form.banner.none")}
        </Text>
      )}
    </div>
  )
}

const DropZone = ({
  fileLabel,
  label,
  hint,
  hasError,
  onFile,
}: {
  fileLabel: string
  label: string
  hint: string
  hasError: boolean
  onFile: (file: File | undefined) => void
}) => {
  const inputRef = useRef<HTMLInputElement>(null)
  const [isDragOver, setIsDragOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setIsDragOver(false)
    onFile(event.dataTransfer?.files?.[0])
  }
  return (
    <>
      <button
        type="button"
        onClick={() => inputRef.current?.click()}
        onDrop={onDrop}
        onDragOver={(event) => event.preventDefault()}
        onDragEnter={() => setIsDragOver(true)}
        onDragLeave={() => setIsDragOver(false)}
        className={clx(
          "bg-ui-bg-component border-ui-border-strong transition-fg group flex w-full flex-col items-center gap-y-1 rounded-lg border border-dashed p-4",
          "hover:border-ui-border-interactive focus:border-ui-border-interactive focus:shadow-borders-focus outline-none focus:border-solid",
          { "!border-ui-border-error": hasError, "!border-ui-border-interactive": isDragOver }
        )}
      >
        <div className="text-ui-fg-subtle flex items-center gap-x-2">
          <ArrowDownTray />
          <Text size="small" weight="plus">
            {label}
          </Text>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      </button>
      <input
        ref={inputRef}
        hidden
        type="file"
        accept={BRAND_IMAGE_ACCEPT}
        aria-label={fileLabel}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          onFile(event.target.files?.[0])
          event.target.value = ""
        }}
      />
    </>
  )
}
