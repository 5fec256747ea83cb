import Box from '@cloudscape-design/components/box';

export interface PolicyJsonProps {
  document: string;
}

/** A policy document, formatted as the console shows it, rendered as text. */
export function PolicyJson({ document }: PolicyJsonProps) {
  let text = document;
  try {
    text = JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    // Not JSON (should not happen for a saved policy): show it as it is.
  }
  return (
    <Box variant="code">
      <pre
        aria-label="Policy document"
        style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: '13px', lineHeight: '20px' }}
      >
        {text}
      </pre>
    </Box>
  );
}
