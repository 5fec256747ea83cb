// A policy's JSON with one statement marked at its exact span. Plain text nodes only: the policy is
// untrusted text and is never parsed as HTML.
import Box from '@cloudscape-design/components/box';
import { useEffect, useRef } from 'react';

export interface PolicyHighlightProps {
  text: string;
  /** 0-based offsets of the marked part. */
  start: number;
  end: number;
}

export function PolicyHighlight({ text, start, end }: PolicyHighlightProps) {
  const mark = useRef<HTMLElement>(null);
  // Long policies scroll; bring the marked statement into view inside its box.
  useEffect(() => {
    const el = mark.current;
    const box = el?.closest('pre');
    if (el && box) box.scrollTop = Math.max(0, el.offsetTop - box.offsetTop - 24);
  }, [start, end]);
  return (
    <Box variant="code">
      <pre
        data-testid="policy-highlight"
        style={{ margin: 0, whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}
      >
        {text.slice(0, start)}
        <mark ref={mark} style={{ background: '#fff3b8', color: 'inherit', padding: 0 }}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end)}
      </pre>
    </Box>
  );
}
