// An SCP's JSON as text, formatted as the console shows it.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';

export interface ScpContentProps {
  content: string;
}

export function ScpContent({ content }: ScpContentProps) {
  let text = content;
  try {
    text = JSON.stringify(JSON.parse(content), null, 4);
  } catch {
    // A saved policy is valid JSON; show anything else as it is.
  }
  return (
    <Container header={<Header variant="h2">Policy content</Header>}>
      <Box variant="code">
        <pre
          aria-label="Policy document"
          style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: '13px', lineHeight: '20px' }}
        >
          {text}
        </pre>
      </Box>
    </Container>
  );
}
