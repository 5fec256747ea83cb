// A step's text: paragraphs split on blank lines, **bold** for the console's labels. Built from
// text nodes only, so nothing in a walkthrough (or an imported one) is ever read as HTML.
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';

export interface StepTextProps {
  text: string;
}

function Paragraph({ text }: { text: string }) {
  // Odd parts sat between ** pairs.
  const parts = text.split('**');
  return (
    <Box variant="p">
      {parts.map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}
    </Box>
  );
}

export function StepText({ text }: StepTextProps) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <SpaceBetween size="xs">
      {paragraphs.map((p, i) => (
        <Paragraph key={i} text={p} />
      ))}
    </SpaceBetween>
  );
}
