// An object's content on its page: text as text (never as HTML), images as images.
import Box from '@cloudscape-design/components/box';
import { useEffect, useMemo, useState } from 'react';
import { isTextual } from './s3-format';

export interface ObjectPreviewProps {
  objectKey: string;
  body: Uint8Array;
  contentType: string;
}

/** Shows at most this much text; the rest is a Download away. */
const MAX_TEXT = 100_000;

export function ObjectPreview({ objectKey, body, contentType }: ObjectPreviewProps) {
  const text = useMemo(
    () =>
      isTextual(contentType, objectKey)
        ? new TextDecoder().decode(body.subarray(0, MAX_TEXT))
        : null,
    [body, contentType, objectKey],
  );
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  useEffect(() => {
    // SVG could carry script, so only raster images are shown inline.
    if (!/^image\/(png|jpeg|gif|webp)$/.test(contentType)) return;
    const url = URL.createObjectURL(new Blob([new Uint8Array(body)], { type: contentType }));
    setImageUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [body, contentType]);

  if (text !== null) {
    return (
      <Box variant="code">
        <pre
          aria-label="Object content"
          style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        >
          {text}
        </pre>
      </Box>
    );
  }
  if (imageUrl) return <img src={imageUrl} alt={objectKey} style={{ maxWidth: '100%' }} />;
  return <Box color="text-status-inactive">No preview for this type of object. Use Download.</Box>;
}
