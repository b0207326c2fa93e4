import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Challenge } from '../types';
import { EvaluationStatusTag } from './parts';

/** The challenge these pages work on: its programme, code, title and status. */
export function ChallengeHeading({ challenge, page }: { challenge: Challenge | undefined; page: string }) {
  return (
    <div>
      {challenge && (
        <Space size="small" wrap>
          <Link to={`/office/programmes/${challenge.programme.id}`}>{challenge.programme.name}</Link>
          <Typography.Text type="secondary">{challenge.code}</Typography.Text>
        </Space>
      )}
      <Typography.Title level={2} style={{ margin: '8px 0 0' }}>
        {challenge ? challenge.title : page} {challenge && <EvaluationStatusTag kind="challengeStatus" status={challenge.status} />}
      </Typography.Title>
    </div>
  );
}
