// The mark on a simulated secret shown once (an access key, a password, an MFA seed, a key pair):
// it is lab data, so a learner never mistakes it for, or pastes it as, a real AWS credential.
import Box from '@cloudscape-design/components/box';

export interface LabDataNoteProps {
  /** What is shown, in a few words: "secret access key", "password". */
  what: string;
}

export function LabDataNote({ what }: LabDataNoteProps) {
  return (
    <Box variant="small" color="text-body-secondary">
      Lab data: not a real AWS credential. This {what} was made in your browser and works only in
      this lab.
    </Box>
  );
}
