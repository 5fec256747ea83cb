// The error every simulated call throws: AWS's code, HTTP status and exact message.

import type { AuthorizationRequest, Evaluation } from '@/iam';

/** AWS error codes the lab produces. */
export type AwsErrorCode =
  | 'AccessDenied'
  | 'UnauthorizedOperation'
  | 'EntityAlreadyExists'
  | 'NoSuchEntity'
  | 'DeleteConflict'
  | 'LimitExceeded'
  | 'MalformedPolicyDocument'
  | 'ValidationError'
  | 'InvalidInput'
  | 'PasswordPolicyViolation'
  | 'UnmodifiableEntity'
  | 'PolicyNotAttachable'
  | 'InvalidClientTokenId'
  // A request signed with a bad access key (the CLI panel's profiles)
  | 'InvalidAccessKeyId'
  | 'SignatureDoesNotMatch'
  | 'AuthFailure'
  | 'ExpiredToken'
  | 'InvalidAuthenticationCode'
  | 'InvalidUserType'
  | 'ReportNotPresent'
  | 'NoSuchBucket'
  | 'NoSuchKey'
  | 'BucketAlreadyExists'
  | 'BucketAlreadyOwnedByYou'
  | 'InvalidBucketName'
  | 'BucketNotEmpty'
  | 'MalformedPolicy'
  | 'NoSuchBucketPolicy'
  | 'NoSuchPublicAccessBlockConfiguration'
  | 'InvalidTag'
  | 'EntityTooLarge'
  | 'BadRequest'
  | 'InvalidLocationConstraint'
  | 'InvalidInstanceID.NotFound'
  | 'InvalidInstanceID.Malformed'
  | 'IncorrectInstanceState'
  | 'InvalidParameterValue'
  // AWS CloudTrail
  | 'InvalidNextTokenException'
  | 'InvalidLookupAttributesException'
  // EC2 and STS (issue 5)
  | 'InvalidKeyPair.Duplicate'
  | 'InvalidKeyPair.NotFound'
  | 'InvalidAMIID.NotFound'
  | 'InvalidRegion'
  | 'TagLimitExceeded'
  | 'InvalidAuthorizationMessageException'
  | 'IncorrectState'
  // AWS Organizations
  | 'DuplicatePolicyException'
  | 'PolicyNotFoundException'
  | 'DuplicatePolicyAttachmentException'
  | 'PolicyNotAttachedException'
  | 'ConstraintViolationException'
  | 'PolicyInUseException'
  | 'TargetNotFoundException'
  | 'InvalidInputException';

const STATUS: Partial<Record<AwsErrorCode, number>> = {
  AccessDenied: 403,
  UnauthorizedOperation: 403,
  InvalidClientTokenId: 403,
  InvalidAccessKeyId: 403,
  SignatureDoesNotMatch: 403,
  AuthFailure: 401,
  EntityAlreadyExists: 409,
  DeleteConflict: 409,
  LimitExceeded: 409,
  BucketAlreadyExists: 409,
  BucketAlreadyOwnedByYou: 409,
  NoSuchEntity: 404,
  NoSuchBucket: 404,
  NoSuchKey: 404,
  BucketNotEmpty: 409,
  NoSuchBucketPolicy: 404,
  NoSuchPublicAccessBlockConfiguration: 404,
  ReportNotPresent: 410,
};

export class AwsError extends Error {
  override readonly name = 'AwsError';
  readonly code: AwsErrorCode;
  readonly httpStatus: number;
  /** For AccessDenied / UnauthorizedOperation: the engine's evaluation, for the "Why?" panel. */
  readonly evaluation?: Evaluation;
  /** For denials: the request the engine evaluated (its identityPolicies hold the JSON that spans point into). */
  readonly request?: AuthorizationRequest;

  constructor(
    code: AwsErrorCode,
    message: string,
    denial?: { evaluation: Evaluation; request: AuthorizationRequest },
  ) {
    super(message);
    this.code = code;
    this.httpStatus = STATUS[code] ?? 400;
    if (denial) {
      this.evaluation = denial.evaluation;
      this.request = denial.request;
    }
  }

  /** True for denials (the engine said no), as opposed to other API errors. */
  get isDenial(): boolean {
    return this.evaluation !== undefined;
  }
}

export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}
