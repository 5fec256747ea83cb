// Step 1 of "Create access key": the console's use cases and the alternative it recommends for each.

export interface AccessKeyUseCase {
  value: string;
  label: string;
  description: string;
  alternative?: string;
}

export const ACCESS_KEY_USE_CASES: readonly AccessKeyUseCase[] = [
  {
    value: 'cli',
    label: 'Command Line Interface (CLI)',
    description:
      'You plan to use this access key to enable the AWS CLI to access your AWS account.',
    alternative:
      'Use AWS CloudShell, a browser-based CLI, to run commands, or use the AWS CLI V2 and enable authentication through a user in IAM Identity Center.',
  },
  {
    value: 'local-code',
    label: 'Local code',
    description:
      'You plan to use this access key to enable application code in a local development environment to access your AWS account.',
    alternative:
      'Use an integrated development environment (IDE) which supports the AWS Toolkit enabling authentication through IAM Identity Center.',
  },
  {
    value: 'aws-compute',
    label: 'Application running on an AWS compute service',
    description:
      'You plan to use this access key to enable application code running on an AWS compute service like Amazon EC2, Amazon ECS, or AWS Lambda to access your AWS account.',
    alternative:
      'Use an IAM role to grant permissions to applications running on AWS compute services.',
  },
  {
    value: 'third-party',
    label: 'Third-party service',
    description:
      'You plan to use this access key to enable access for a third-party application or service that monitors or manages your AWS resources.',
    alternative: 'Use temporary security credentials (IAM roles) instead of long-term access keys.',
  },
  {
    value: 'outside-aws',
    label: 'Application running outside AWS',
    description:
      'You plan to use this access key to authenticate workloads running in your data center or other infrastructure outside of AWS that needs to access your AWS resources.',
    alternative:
      'Use IAM Roles Anywhere to generate temporary security credentials for non-AWS workloads.',
  },
  { value: 'other', label: 'Other', description: 'Your use case is not listed here.' },
];

const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** The description becomes a tag value: at most 256 characters from the tag alphabet. */
export function descriptionError(description: string): string | undefined {
  if (description.length > 256) return 'The description can have up to 256 characters.';
  if (!TAG_VALUE.test(description)) {
    return 'The description can only contain letters, numbers, spaces and _ . : / = + - @';
  }
  return undefined;
}
