import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from '../caller';
import { setLabClock } from '../clock';
import { describeInstances } from '../ec2-api';
import * as lab from '../lab';
import { cliAs, memoryFiles } from './test-support';

const BUCKET = 'lab-reports-123456789012';
const root = rootCaller();
const NOW = Date.parse('2026-06-01T10:20:30.000Z');
/** "aws s3 ls" dates: the scenario's objects carry the real time they were seeded at. */
const DATE = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d';

beforeEach(async () => {
  await useFreshIndexedDb();
  setLabClock(NOW);
  await lab.loadScenario('iam-users-and-groups');
});
afterEach(() => setLabClock(undefined));

const usage = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

describe('usage errors, as the CLI prints them', () => {
  it.each([
    ['aws', 'aws: error: the following arguments are required: command'],
    ['aws s3', 'aws: error: the following arguments are required: operation'],
    [
      'aws lambda list-functions',
      'aws: error: argument command: Invalid choice, valid choices are:\n\n' +
        `${'configure'.padEnd(40)} | ${'ec2'.padEnd(40)}\n${'iam'.padEnd(40)} | ${'s3'.padEnd(40)}\n${'sts'.padEnd(40)}`,
    ],
    [
      'aws s3 rb s3://x',
      `aws: error: argument operation: Invalid choice, valid choices are:\n\n${'cp'.padEnd(40)} | ${'ls'.padEnd(40)}\n${'mb'.padEnd(40)}`,
    ],
    ['aws ec2 stop-instances', 'aws: error: the following arguments are required: --instance-ids'],
    ['aws s3 ls --bogus 1', 'aws: error: Unknown options: --bogus, 1'],
    ['aws s3 ls --profile', 'aws: error: argument --profile: expected one argument'],
    ['aws s3 cp onlyone', 'aws: error: the following arguments are required: paths'],
  ])('%s', async (line, error) => {
    const result = await cliAs(root)(line);
    expect(result.text).toBe(`${usage}\n${error}\n`);
    expect(result.exitCode).toBe(252);
  });

  it('an unknown program is bash\'s "command not found"', async () => {
    expect(await cliAs(root)('kubectl get pods')).toEqual({
      text: '-bash: kubectl: command not found\n',
      exitCode: 127,
    });
  });

  it('"clear" asks the panel to clear; "help" lists the commands', async () => {
    expect((await cliAs(root)('clear')).clear).toBe(true);
    expect((await cliAs(root)('help')).text).toContain('aws s3 cp <LocalPath> <S3Uri>');
  });

  it('an unknown region cannot be reached', async () => {
    expect((await cliAs(root)('aws s3 ls --region mars-1')).text).toBe(
      '\nCould not connect to the endpoint URL: "https://s3.mars-1.amazonaws.com/"\n',
    );
  });

  it('an unknown --output is an invalid choice', async () => {
    const result = await cliAs(root)('aws sts get-caller-identity --output yml');
    expect(result.text).toContain(
      'aws: error: argument --output: Invalid choice, valid choices are:',
    );
  });
});

describe('aws sts get-caller-identity', () => {
  it('answers for root in JSON, with 4-space indents', async () => {
    expect((await cliAs(root)('aws sts get-caller-identity')).text).toBe(
      '{\n    "UserId": "123456789012",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:root"\n}\n',
    );
  });

  it('text output: values in sorted key order, tab-separated', async () => {
    const result = await cliAs(userCaller('user-2'))('aws sts get-caller-identity --output text');
    expect(result.text).toMatch(
      /^123456789012\tarn:aws:iam::123456789012:user\/user-2\tAIDA[A-Z0-9]+\n$/,
    );
  });

  it('--query picks a value; text prints it bare, json as a JSON string', async () => {
    const cli = cliAs(root);
    expect((await cli('aws sts get-caller-identity --query Account --output text')).text).toBe(
      '123456789012\n',
    );
    expect((await cli('aws sts get-caller-identity --query Account')).text).toBe(
      '"123456789012"\n',
    );
    expect((await cli("aws sts get-caller-identity --query 'Account['")).text).toMatch(
      /^\nBad value for --query Account\[: /,
    );
  });

  it('table output boxes the operation name and the columns', async () => {
    const result = await cliAs(root)('aws sts get-caller-identity --output table');
    const lines = result.text.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\|\s+GetCallerIdentity\s+\|$/);
    expect(lines[3]).toMatch(/^\|\s+Account\s+\|\s+Arn\s+\|\s+UserId\s+\|$/);
    expect(lines[5]).toContain('|  123456789012|  arn:aws:iam::123456789012:root');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe('aws s3 ls', () => {
  it('lists buckets as "date time name"', async () => {
    const result = await cliAs(root)('aws s3 ls');
    expect(result.text).toMatch(new RegExp(`^${DATE} ${BUCKET}\\n$`));
  });

  it('lists a bucket: PRE folders, then objects with right-aligned sizes', async () => {
    const result = await cliAs(root)(`aws s3 ls s3://${BUCKET}`);
    expect(result.text).toMatch(
      new RegExp(
        `^ {27}PRE notes/\\n${DATE} {9}40 readme\\.txt\\n${DATE} {9}36 report-2026-q1\\.csv\\n$`,
      ),
    );
  });

  it('lists inside a folder by base name, and everything with --recursive', async () => {
    const cli = cliAs(root);
    expect((await cli(`aws s3 ls s3://${BUCKET}/notes/`)).text).toMatch(
      new RegExp(`^${DATE} {9}35 meeting\\.txt\\n$`),
    );
    expect((await cli(`aws s3 ls s3://${BUCKET}/notes`)).text).toBe(
      `${' '.repeat(27)}PRE notes/\n`,
    );
    const recursive = await cli(
      `aws s3 ls s3://${BUCKET} --recursive --summarize --human-readable`,
    );
    expect(recursive.text).toContain('   35 Bytes notes/meeting.txt\n');
    expect(recursive.text).toContain('\nTotal Objects: 3\n   Total Size: 111 Bytes\n');
  });

  it('a denial reads as the CLI prints it, and carries the evaluation', async () => {
    const result = await cliAs(userCaller('user-2'))('aws s3 ls');
    expect(result.text).toBe(
      '\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action\n',
    );
    expect(result.exitCode).toBe(254);
    expect(result.denial?.evaluation.decision).toBe('implicitDeny');
    expect(result.denial?.request?.action).toBe('s3:ListAllMyBuckets');
  });

  it('a prefix that matches nothing prints nothing and exits with 1', async () => {
    expect(await cliAs(root)(`aws s3 ls s3://${BUCKET}/nothing/`)).toEqual({
      text: '',
      exitCode: 1,
    });
  });

  it('a missing bucket is NoSuchBucket from ListObjectsV2', async () => {
    expect((await cliAs(root)('aws s3 ls s3://no-such-bucket-here')).text).toBe(
      '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
    );
  });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('aws s3 cp', () => {
  it('uploads a local file, downloads it back, and copies between keys', async () => {
    const files = memoryFiles([
      { name: 'hello.txt', bytes: bytes('hi'), contentType: 'text/plain' },
    ]);
    const cli = cliAs(root, files);
    expect((await cli(`aws s3 cp ./hello.txt s3://${BUCKET}/up/`)).text).toBe(
      `upload: ./hello.txt to s3://${BUCKET}/up/hello.txt\n`,
    );
    expect((await cli(`aws s3 cp s3://${BUCKET}/up/hello.txt s3://${BUCKET}/copy.txt`)).text).toBe(
      `copy: s3://${BUCKET}/up/hello.txt to s3://${BUCKET}/copy.txt\n`,
    );
    expect((await cli(`aws s3 cp s3://${BUCKET}/copy.txt .`)).text).toBe(
      `download: s3://${BUCKET}/copy.txt to ./copy.txt\n`,
    );
    expect(new TextDecoder().decode(files.get('copy.txt')?.bytes)).toBe('hi');
    expect(files.get('copy.txt')?.contentType).toBe('text/plain');
  });

  it('a denied upload is "upload failed" with the PutObject error', async () => {
    const files = memoryFiles([{ name: 'a.txt', bytes: bytes('a'), contentType: 'text/plain' }]);
    const result = await cliAs(userCaller('user-1'), files)(`aws s3 cp a.txt s3://${BUCKET}/a.txt`);
    expect(result.text).toBe(
      `upload failed: a.txt to s3://${BUCKET}/a.txt An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/a.txt" because no identity-based policy allows the s3:PutObject action\n`,
    );
    expect(result.exitCode).toBe(1);
    expect(result.denial?.evaluation.decision).toBe('implicitDeny');
  });

  it('downloads fail as HeadObject does: 404 for a missing key, 403 when denied', async () => {
    expect((await cliAs(root)(`aws s3 cp s3://${BUCKET}/nope.txt .`)).text).toBe(
      'fatal error: An error occurred (404) when calling the HeadObject operation: Key "nope.txt" does not exist\n',
    );
    const denied = await cliAs(userCaller('user-2'))(`aws s3 cp s3://${BUCKET}/readme.txt .`);
    expect(denied.text).toBe(
      'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n',
    );
    expect(denied.denial?.request?.action).toBe('s3:GetObject');
  });

  it('--recursive uploads every local file, downloads every object under a prefix', async () => {
    const files = memoryFiles([
      { name: 'a.txt', bytes: bytes('a'), contentType: 'text/plain' },
      { name: 'b.txt', bytes: bytes('bb'), contentType: 'text/plain' },
    ]);
    const cli = cliAs(root, files);
    expect((await cli(`aws s3 cp . s3://${BUCKET}/up --recursive`)).text).toBe(
      `upload: ./a.txt to s3://${BUCKET}/up/a.txt\nupload: ./b.txt to s3://${BUCKET}/up/b.txt\n`,
    );
    expect(
      (await cli(`aws s3 cp s3://${BUCKET}/up/ s3://${BUCKET}/copied/ --recursive`)).text,
    ).toBe(
      `copy: s3://${BUCKET}/up/a.txt to s3://${BUCKET}/copied/a.txt\ncopy: s3://${BUCKET}/up/b.txt to s3://${BUCKET}/copied/b.txt\n`,
    );
    const reader = memoryFiles();
    const download = await cliAs(
      userCaller('user-1'),
      reader,
    )(`aws s3 cp s3://${BUCKET}/notes ./ --recursive`);
    expect(download.text).toBe(`download: s3://${BUCKET}/notes/meeting.txt to ./meeting.txt\n`);
    expect(reader.get('meeting.txt')?.bytes.byteLength).toBe(35);
  });

  it('--recursive goes on past a failed file and exits with 1', async () => {
    const files = memoryFiles([
      { name: 'a.txt', bytes: bytes('a'), contentType: 'text/plain' },
      { name: 'b.txt', bytes: bytes('b'), contentType: 'text/plain' },
    ]);
    const result = await cliAs(
      userCaller('user-1'),
      files,
    )(`aws s3 cp . s3://${BUCKET}/ --recursive`);
    expect(
      result.text.match(
        /^upload failed: \.\/[ab]\.txt to s3:\/\/\S+ An error occurred \(AccessDenied\) when calling the PutObject operation: /gm,
      ),
    ).toHaveLength(2);
    expect(result.exitCode).toBe(1);
    expect(result.denial?.request?.action).toBe('s3:PutObject');
  });

  it('mb makes a bucket; a taken name and a denial are "make_bucket failed"', async () => {
    const cli = cliAs(root);
    expect(await cli('aws s3 mb s3://new-bucket-1')).toEqual({
      text: 'make_bucket: new-bucket-1\n',
      exitCode: 0,
    });
    expect((await cli('aws s3 ls')).text).toContain(' new-bucket-1\n');
    expect((await cli('aws s3 mb s3://new-bucket-1')).text).toBe(
      'make_bucket failed: s3://new-bucket-1 An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your previous request to create the named bucket succeeded and you already own it.\n',
    );
    const denied = await cliAs(userCaller('user-1'))('aws s3 mb s3://new-bucket-2');
    expect(denied.text).toMatch(
      /^make_bucket failed: s3:\/\/new-bucket-2 An error occurred \(AccessDenied\) when calling the CreateBucket operation: User: arn:aws:iam::123456789012:user\/user-1 is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::new-bucket-2" because/,
    );
    expect(denied.exitCode).toBe(1);
  });

  it('a local file that is not there, and two local paths', async () => {
    expect((await cliAs(root)(`aws s3 cp missing.txt s3://${BUCKET}/`)).text).toBe(
      '\nThe user-provided path missing.txt does not exist.\n',
    );
    expect((await cliAs(root)('aws s3 cp a b')).text).toBe(
      'usage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n',
    );
  });
});

describe('aws ec2', () => {
  it('describe-instances prints Reservations in the CLI JSON shape', async () => {
    const [first] = await describeInstances(root);
    const result = await cliAs(root)('aws ec2 describe-instances');
    const parsed = JSON.parse(result.text) as {
      Reservations: Array<{ OwnerId: string; Instances: Array<Record<string, unknown>> }>;
    };
    expect(parsed.Reservations).toHaveLength(2);
    expect(parsed.Reservations[0]?.OwnerId).toBe('123456789012');
    expect(parsed.Reservations[0]?.Instances[0]).toMatchObject({
      InstanceId: first?.instanceId,
      InstanceType: 't3.micro',
      State: { Code: 16, Name: 'running' },
      Placement: { AvailabilityZone: 'us-east-1a', GroupName: '', Tenancy: 'default' },
      Tags: [{ Key: 'Name', Value: first?.name }],
    });
    expect(parsed.Reservations[0]?.Instances[0]?.['LaunchTime']).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/,
    );
  });

  it('--instance-ids filters; unknown and malformed IDs fail as EC2 does', async () => {
    const [first] = await describeInstances(root);
    const cli = cliAs(root);
    const one = JSON.parse(
      (await cli(`aws ec2 describe-instances --instance-ids ${first?.instanceId}`)).text,
    ) as {
      Reservations: unknown[];
    };
    expect(one.Reservations).toHaveLength(1);
    expect((await cli('aws ec2 describe-instances --instance-ids i-0123456789abcdef0')).text).toBe(
      "\nAn error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist\n",
    );
    expect((await cli('aws ec2 describe-instances --instance-ids web')).text).toBe(
      '\nAn error occurred (InvalidInstanceID.Malformed) when calling the DescribeInstances operation: Invalid id: "web"\n',
    );
    expect(JSON.parse((await cli('aws ec2 describe-instances --region eu-west-1')).text)).toEqual({
      Reservations: [],
    });
  });

  it('--query with a projection, in text: one instance per line', async () => {
    const ids = (await describeInstances(root)).map((i) => `${i.instanceId}\trunning\n`).join('');
    const result = await cliAs(root)(
      "aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output text",
    );
    expect(result.text).toBe(ids);
  });

  it('--filters: state, tag:<key> and wildcards; unknown names and bad shorthand fail', async () => {
    const [first, second] = await describeInstances(root);
    const cli = cliAs(root);
    await cli(`aws ec2 stop-instances --instance-ids ${second?.instanceId}`);
    const ids = async (line: string) =>
      (await cli(`${line} --query 'Reservations[].Instances[].InstanceId' --output text`)).text;
    expect(
      await ids('aws ec2 describe-instances --filters Name=instance-state-name,Values=running'),
    ).toBe(`${first?.instanceId}\n`);
    expect(
      await ids(`aws ec2 describe-instances --filters Name=tag:Name,Values=${second?.name}`),
    ).toBe(`${second?.instanceId}\n`);
    expect(
      (
        await ids(
          'aws ec2 describe-instances --filters Name=tag:Name,Values=web-* Name=instance-type,Values=t3.micro',
        )
      )
        .split(/\s+/)
        .filter(Boolean),
    ).toHaveLength(2);
    expect((await cli('aws ec2 describe-instances --filters Name=colour,Values=red')).text).toBe(
      "\nAn error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'colour' is invalid\n",
    );
    const bad = await cli('aws ec2 describe-instances --filters state=running');
    expect(bad.text).toContain("Error parsing parameter '--filters'");
    expect(bad.exitCode).toBe(252);
  });

  it('text output prints RESERVATIONS, INSTANCES and nested rows', async () => {
    const result = await cliAs(root)('aws ec2 describe-instances --output text');
    const lines = result.text.split('\n');
    expect(lines[0]).toMatch(/^RESERVATIONS\t123456789012\tr-[0-9a-f]+$/);
    expect(lines[1]).toMatch(/^INSTANCES\t0\tami-0c02fb55956c7d316\ti-[0-9a-f]+\tt3\.micro\t/);
    expect(result.text).toContain('\nSTATE\t16\trunning\n');
    expect(result.text).toMatch(/\nTAGS\tName\tweb-server-[12]\n/);
  });

  it('stop-instances: denied with the encoded message, then stopped by root', async () => {
    const [first] = await describeInstances(root);
    const id = first?.instanceId ?? '';
    const denied = await cliAs(userCaller('user-2'))(`aws ec2 stop-instances --instance-ids ${id}`);
    expect(denied.text).toMatch(
      new RegExp(
        `^\\nAn error occurred \\(UnauthorizedOperation\\) when calling the StopInstances operation: You are not authorized to perform this operation\\. User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${id} because no identity-based policy allows the ec2:StopInstances action\\. Encoded authorization failure message: \\S+\\n$`,
      ),
    );
    expect(denied.denial?.evaluation.decision).toBe('implicitDeny');
    const stopped = JSON.parse(
      (await cliAs(root)(`aws ec2 stop-instances --instance-ids ${id}`)).text,
    ) as unknown;
    expect(stopped).toEqual({
      StoppingInstances: [
        {
          CurrentState: { Code: 64, Name: 'stopping' },
          InstanceId: id,
          PreviousState: { Code: 16, Name: 'running' },
        },
      ],
    });
  });
});

describe('aws iam list-users', () => {
  it('prints Users in the CLI JSON shape', async () => {
    const parsed = JSON.parse((await cliAs(root)('aws iam list-users')).text) as {
      Users: Array<Record<string, string>>;
    };
    expect(parsed.Users.map((u) => u.UserName)).toEqual(['user-1', 'user-2', 'user-3']);
    expect(Object.keys(parsed.Users[0] ?? {}).slice(0, 5)).toEqual([
      'Path',
      'UserName',
      'UserId',
      'Arn',
      'CreateDate',
    ]);
    expect(parsed.Users[0]?.CreateDate).toMatch(/\+00:00$/);
  });

  it('is denied as user-2, with the path-prefix resource', async () => {
    expect((await cliAs(userCaller('user-2'))('aws iam list-users')).text).toBe(
      '\nAn error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action\n',
    );
  });
});
