// Hand-written text for `npm run catalog` (scripts/catalog.mjs): what the data packages lack.

// The managed policies the console lab features (issue 3), with the Description column text.
// AmazonS3ReadOnlyAccess, AmazonEC2FullAccess, AmazonEC2ReadOnlyAccess and IAMFullAccess have AWS's
// words (iam-console.md §9); the others are short factual descriptions in the same style.
export const FEATURED = {
  AdministratorAccess: 'Provides full access to AWS services and resources.',
  ReadOnlyAccess: 'Provides read-only access to AWS services and resources.',
  PowerUserAccess:
    'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
  IAMFullAccess: 'Provides full access to IAM via the AWS Management Console.',
  IAMReadOnlyAccess: 'Provides read only access to IAM via the AWS Management Console.',
  IAMUserChangePassword: 'Provides the ability for an IAM user to change their own password.',
  AmazonS3FullAccess: 'Provides full access to all buckets via the AWS Management Console.',
  AmazonS3ReadOnlyAccess:
    'Provides read only access to all buckets via the AWS Management Console.',
  AmazonEC2FullAccess: 'Provides full access to Amazon EC2 via the AWS Management Console.',
  AmazonEC2ReadOnlyAccess:
    'Provides read only access to Amazon EC2 via the AWS Management Console.',
};

// AWS managed policies for job functions (UG access_policies_job-functions). Besides these, every
// policy under the job-function/ path is one.
export const JOB_FUNCTIONS = new Set([
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
  'Billing',
  'DatabaseAdministrator',
  'DataScientist',
  'NetworkAdministrator',
  'SupportUser',
  'SystemAdministrator',
]);

// iam-data has no descriptions for the global condition keys; these short ones follow the User
// Guide's reference_policies_condition-keys page, in the reference's "Filters access by" style.
export const GLOBAL_KEY_DESCRIPTIONS = {
  'aws:AssumedRoot':
    'Filters access by whether the request was made with a privileged root-user session',
  'aws:CalledVia':
    'Filters access by the services that made the request on behalf of the principal',
  'aws:CalledViaAWSMCP':
    'Filters access by the AWS MCP server that made the request on behalf of the principal',
  'aws:CalledViaFirst':
    'Filters access by the first service that made the request on behalf of the principal',
  'aws:CalledViaLast':
    'Filters access by the last service that made the request on behalf of the principal',
  'aws:ChatbotSourceArn':
    'Filters access by the ARN of the chat channel configuration that made the request',
  'aws:CurrentTime': 'Filters access by the date and time of the request',
  'aws:Ec2InstanceSourcePrivateIPv4':
    'Filters access by the private IPv4 address of the EC2 instance whose role credentials made the request',
  'aws:Ec2InstanceSourceVpc':
    'Filters access by the VPC of the EC2 instance whose role credentials made the request',
  'aws:EpochTime': 'Filters access by the date and time of the request, in epoch (Unix) time',
  'aws:FederatedProvider':
    "Filters access by the identity provider that issued the principal's credentials",
  'aws:IsMcpServiceAction': 'Filters access by whether the action is an MCP server action',
  'aws:MultiFactorAuthAge':
    'Filters access by the number of seconds since the principal authenticated with MFA',
  'aws:MultiFactorAuthPresent':
    'Filters access by whether the principal used MFA to get the credentials of the request',
  'aws:PrincipalAccount': 'Filters access by the account of the principal that made the request',
  'aws:PrincipalArn': 'Filters access by the ARN of the principal that made the request',
  'aws:PrincipalIsAWSService':
    'Filters access by whether the request was made by an AWS service principal',
  'aws:PrincipalOrgID': "Filters access by the AWS Organizations ID of the principal's account",
  'aws:PrincipalOrgPaths':
    "Filters access by the AWS Organizations path of the principal's account",
  'aws:PrincipalServiceName':
    'Filters access by the name of the service principal that made the request',
  'aws:PrincipalServiceNamesList':
    'Filters access by the list of service principal names of the service that made the request',
  'aws:PrincipalTag/tag-key':
    'Filters access by a tag attached to the principal that made the request',
  'aws:PrincipalType':
    'Filters access by the type of principal that made the request (Account, User, AssumedRole, FederatedUser)',
  'aws:RequestTag/tag-key': 'Filters access by a tag key and value passed in the request',
  'aws:RequestedRegion': 'Filters access by the AWS Region that the request was made to',
  'aws:ResourceAccount': 'Filters access by the account that owns the resource',
  'aws:ResourceOrgID':
    'Filters access by the AWS Organizations ID of the account that owns the resource',
  'aws:ResourceOrgPaths':
    'Filters access by the AWS Organizations path of the account that owns the resource',
  'aws:ResourceTag/tag-key': 'Filters access by a tag attached to the resource',
  'aws:SecureTransport': 'Filters access by whether the request was sent over TLS',
  'aws:SourceAccount':
    'Filters access by the account of the resource that made a service-to-service request',
  'aws:SourceArn':
    'Filters access by the ARN of the resource that made a service-to-service request',
  'aws:SourceIdentity': 'Filters access by the source identity set when the role was assumed',
  'aws:SourceIp': 'Filters access by the IP address of the requester',
  'aws:SourceOrgID':
    'Filters access by the AWS Organizations ID of the resource that made a service-to-service request',
  'aws:SourceOrgPaths':
    'Filters access by the AWS Organizations path of the resource that made a service-to-service request',
  'aws:SourceOwner':
    'Filters access by the account that owns the resource that made a service-to-service request',
  'aws:SourceVpc': 'Filters access by the VPC that the request came through',
  'aws:SourceVpcArn': 'Filters access by the ARN of the VPC that the request came through',
  'aws:SourceVpce': 'Filters access by the VPC endpoint that the request came through',
  'aws:TokenIssueTime':
    'Filters access by the date and time that the temporary credentials were issued',
  'aws:UserAgent': 'Filters access by the client application of the requester',
  'aws:ViaAWSMCPService':
    'Filters access by whether an AWS MCP server made the request on behalf of the principal',
  'aws:ViaAWSService':
    'Filters access by whether an AWS service made the request on behalf of the principal',
  'aws:VpcSourceIp': 'Filters access by the IP address of the requester inside a VPC',
  'aws:VpceAccount':
    'Filters access by the account that owns the VPC endpoint the request came through',
  'aws:VpceOrgID':
    'Filters access by the AWS Organizations ID of the account that owns the VPC endpoint',
  'aws:VpceOrgPaths':
    'Filters access by the AWS Organizations path of the account that owns the VPC endpoint',
  'aws:referer': 'Filters access by the HTTP referer header of the request',
  'aws:userid': 'Filters access by the unique ID of the principal that made the request',
  'aws:username': 'Filters access by the friendly name of the IAM user that made the request',
  'ec2:RoleDelivery':
    'Filters access by the instance metadata service version that delivered the role credentials',
  'ec2:SourceInstanceArn':
    'Filters access by the ARN of the EC2 instance whose role credentials made the request',
  'glue:CredentialIssuingService':
    'Filters access by the AWS Glue service that issued the role credentials',
  'glue:RoleAssumedBy': 'Filters access by the AWS Glue service that assumed the role',
  'identitystore:UserId': 'Filters access by the IAM Identity Center user ID of the principal',
  'lambda:SourceFunctionArn':
    'Filters access by the ARN of the Lambda function whose role credentials made the request',
  'ssm:SourceInstanceArn':
    'Filters access by the ARN of the Systems Manager managed instance whose credentials made the request',
};
