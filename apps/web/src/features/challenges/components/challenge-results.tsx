import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChallengeResults } from '../api/get-challenge-results';
import type { Challenge } from '../types';

/** 揭榜结果 of an awarded challenge: its units by rank; nothing at all before the award or if none stands. */
export function ChallengeResults({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const results = useChallengeResults(challenge.id, challenge.status === 'awarded');
  const winners = results.data?.winners ?? [];
  if (!winners.length) return null;
  return (
    <Card title={t('challenge.sections.results')} extra={<Link to={`/results?challenge=${challenge.id}`}>{t('challenge.resultsAll')}</Link>} className="challenge-results">
      <List
        size="small"
        dataSource={winners}
        renderItem={(winner) => (
          <List.Item key={winner.rank}>
            <List.Item.Meta
              avatar={<Tag color="red">{t('challenge.resultRank', { rank: winner.rank })}</Tag>}
              title={winner.organisationName}
              description={
                <>
                  <div>{winner.bidTitle}</div>
                  {winner.memberOrgNames.length > 0 && <Typography.Text type="secondary">{winner.memberOrgNames.join(t('common.listSeparator'))}</Typography.Text>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
