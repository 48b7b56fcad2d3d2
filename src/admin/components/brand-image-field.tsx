import { Form } from "@medusajs/dashboard/components"
import { ArrowDownTray, XMarkMini } from "@medusajs/icons"
import { clx, IconButton, Input, Text } from "@medusajs/ui"
import { ChangeEvent, DragEvent, useEffect, useMemo, useRef, useState } from "react"
import { useWatch } from "react-hook-form"
import { isHttpUrl } from "../../modules/brand/field-rules"
import {
  BRAND_IMAGE_ACCEPT,
  BRAND_IMAGE_FORMAT_NAMES,
  BRAND_IMAGE_MAX_BYTES,
  BrandImageKind,
  checkBrandImage,
  formatFileSize,
} from "../../modules/brand/image-rules"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import type { BrandForm } from "./brand-form"
import { BrandLogo } from "./brand-logo"

const LABELS: Record<BrandImageKind, { title: string; url: string; hint: string }> = {
  logo: { title: "Logo", url: "Logo URL", hint: "Square works best." },
  banner: { title: "Banner", url: "Banner URL", hint: "Wide, for the top of the brand page." },
}

/**
 * A logo or banner: dropped or picked as a file (checked here with the upload route's own
 * rules, and uploaded when the form is saved), or given as an http(s) URL. Shows a preview.
 */
export const BrandImageField = ({ form, kind }: { form: BrandForm; kind: BrandImageKind }) => {
  const urlField = `${kind}_url` as const
  const fileField = `${kind}_file` as const
  const labels = LABELS[kind]
  const [name, url, file] = useWatch({ control: form.control, name: ["name", urlField, fileField] })

  const selectFile = async (picked: File | undefined) => {
    if (!picked) return
    const check = checkBrandImage(new Uint8Array(await picked.arrayBuffer()), kind)
    if (!check.ok) {
      form.setError(urlField, { type: "file", message: check.message })
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
          <Form.Label optional>{labels.url}</Form.Label>
          <div className={clx("flex gap-4", kind === "banner" ? "flex-col" : "items-start")}>
            <ImagePreview kind={kind} name={name} file={file} url={url} />
            <div className="flex min-w-0 flex-1 flex-col gap-y-2">
              <DropZone
                kind={kind}
                label={file ? `${file.name} (${formatFileSize(file.size)}), uploaded when you save` : `Upload a ${kind}`}
                hint={`${BRAND_IMAGE_FORMAT_NAMES}, up to ${formatFileSize(BRAND_IMAGE_MAX_BYTES[kind])}. ${labels.hint}`}
                hasError={Boolean(form.formState.errors[urlField])}
                onFile={selectFile}
              />
              <div className="flex items-center gap-x-2">
                <div className="flex-1">
                  <Form.Control>
                    <Input
                    type="url"
                    autoComplete="off"
                    placeholder="or an image URL: https://…"
                    {...field}
                    onChange={(event) => {
                      field.onChange(event)
                      if (file) form.setValue(fileField, null, { shouldDirty: true })
                    }}
                  />
                  </Form.Control>
                </div>
                {(url || file) && (
                  <IconButton type="button" variant="transparent" size="small" aria-label={`Remove the ${kind}`} onClick={clear}>
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
        <img src={src} alt={`Banner of ${name || "the brand"}`} className="size-full object-cover" />
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          No banner
        </Text>
      )}
    </div>
  )
}

const DropZone = ({
  kind,
  label,
  hint,
  hasError,
  onFile,
}: {
  kind: BrandImageKind
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
        aria-label={`${kind === "logo" ? "Logo" : "Banner"} file`}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          onFile(event.target.files?.[0])
          event.target.value = ""
        }}
      />
    </>
  )
}
