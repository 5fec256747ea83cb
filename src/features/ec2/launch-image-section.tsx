// Launch wizard: "Application and OS Images (Amazon Machine Image)": the Quick Start tiles and the
// chosen family's AMI, with its ID in the current Region.
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { imageIdIn, QUICK_START_IMAGES, type QuickStartImage } from '@/queries/ec2-regions';

export interface LaunchImageSectionProps {
  region: string;
  image: QuickStartImage;
  onChange: (image: QuickStartImage) => void;
}

export function LaunchImageSection({ region, image, onChange }: LaunchImageSectionProps) {
  const pick = (name: string | undefined) => {
    const found = QUICK_START_IMAGES.find((i) => i.family === name || i.name === name);
    if (found) onChange(found);
  };
  const imageId = imageIdIn(image, region);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="An AMI is a template that contains the software configuration (operating system, application server, and applications) required to launch your instance."
        >
          Application and OS Images (Amazon Machine Image)
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label="Quick Start">
          <Tiles
            columns={4}
            value={image.family}
            onChange={({ detail }) => pick(detail.value)}
            items={QUICK_START_IMAGES.map((i) => ({ value: i.family, label: i.family }))}
          />
        </FormField>
        <FormField label="Amazon Machine Image (AMI)">
          <Select
            triggerVariant="option"
            selectedOption={{
              value: image.name,
              label: image.name,
              description: `${imageId} (64-bit (x86))`,
              tags: ['Free tier eligible'],
            }}
            onChange={({ detail }) => pick(detail.selectedOption.value)}
            options={QUICK_START_IMAGES.filter((i) => i.family === image.family).map((i) => ({
              value: i.name,
              label: i.name,
              description: `${imageIdIn(i, region)} (64-bit (x86))`,
              tags: ['Virtualization: hvm', 'ENA enabled: true', 'Root device type: ebs'],
            }))}
          />
        </FormField>
        <ColumnLayout columns={1}>
          <Box variant="small">{image.description}</Box>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Architecture', value: '64-bit (x86)' },
              { label: 'AMI ID', value: imageId },
              { label: 'Username', value: image.userName },
              { label: 'Owner', value: image.owner },
            ]}
          />
        </ColumnLayout>
      </SpaceBetween>
    </Container>
  );
}
