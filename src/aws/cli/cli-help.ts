// "help" in the CLI panel: what the lab's CloudShell understands.

export const CLI_HELP = `The lab's CloudShell runs these AWS CLI commands against the lab account:

  aws sts get-caller-identity
  aws s3 ls [s3://bucket[/prefix]] [--recursive] [--human-readable] [--summarize]
  aws s3 cp <LocalPath> <S3Uri> | <S3Uri> <LocalPath> | <S3Uri> <S3Uri> [--recursive]
  aws s3 mb s3://bucket
  aws ec2 describe-instances [--instance-ids <id> ...] [--filters Name=<name>,Values=<v>,...]
  aws ec2 stop-instances --instance-ids <id> ...
  aws ec2 start-instances --instance-ids <id> ...
  aws iam list-users [--path-prefix <prefix>]
  aws configure [--profile <name>]
  aws configure list [--profile <name>]
  aws configure list-profiles
  aws configure set|get aws_access_key_id|aws_secret_access_key|region|output [value]

Global options: --profile <name>, --region <region>, --output json|text|table,
  --query <JMESPath> (fields, [n], [*], [], [?filters], [a, b], {K: a}, pipes)

Commands run as the console's current identity. After "aws configure", they sign with that
profile's access key instead ("default", or the one named with --profile). CloudShell sets
AWS_REGION to the console's region, which outranks a profile's region; use --region to change it.

Files in your home directory are listed under "Local files": upload one there to copy it to S3,
and download what "aws s3 cp s3://bucket/key ." brings back.

Shell: help, clear, ls, pwd, whoami, echo. ArrowUp and ArrowDown recall earlier commands.
`;
