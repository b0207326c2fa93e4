import { ArrowRightOutlined, AuditOutlined, FileSearchOutlined, FlagOutlined, NotificationOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageEmpty, PageError } from '@/components/page-state';
import { useHallFigures } from '@/features/challenges/api/get-hall-figures';
import { useChallenges } from '@/features/challenges/api/list-challenges';
import { ChallengeCard } from '@/features/challenges/components/challenge-card';
import './landing.css';

const MECHANISMS = [
  { key: 'screening', icon: <FileSearchOutlined /> },
  { key: 'evaluation', icon: <AuditOutlined /> },
  { key: 'supervision', icon: <FlagOutlined /> },
  { key: 'achievement', icon: <TrophyOutlined /> },
  { key: 'tolerance', icon: <SafetyCertificateOutlined /> },
] as const;

const PUBLICITY = [
  { key: 'notices', to: '/notices', icon: <NotificationOutlined /> },
  { key: 'results', to: '/results', icon: <TrophyOutlined /> },
] as const;

const CLOSING_SOON = { status: 'published', sort: 'deadline', order: 'asc', page: 1, pageSize: 3 } as const;

function HeadlineFigures() {
  const { t } = useTranslation();
  const { figures, error, refetch } = useHallFigures();
  if (error) return <PageError error={error} onRetry={refetch} />;
  return (
    <Row gutter={[16, 16]} className="headline-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={6}>
          <Card className="figure-card" size="small">
            {figure.value === undefined ? (
              <Skeleton active paragraph={false} title={{ width: '60%' }} />
            ) : (
              <Statistic title={t(`landing.figures.${figure.key}`)} value={figure.value} suffix={t('landing.figures.unit')} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function ClosingSoon() {
  const { t } = useTranslation();
  const closing = useChallenges(CLOSING_SOON);
  if (closing.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (closing.isError) return <PageError error={closing.error} onRetry={() => void closing.refetch()} />;
  if (!closing.data.items.length) return <PageEmpty description={t('landing.noOpenChallenges')} />;
  return (
    <Row gutter={[16, 16]}>
      {closing.data.items.map((challenge) => (
        <Col key={challenge.id} xs={24} md={12} xl={8}>
          <ChallengeCard challenge={challenge} />
        </Col>
      ))}
    </Row>
  );
}

export default function LandingRoute() {
  const { t } = useTranslation();
  return (
    <div className="landing">
      <title>{`${t('app.name')} · ${t('landing.headline')}`}</title>
      <section className="hero">
        <div className="hero-inner">
          <Typography.Text className="hero-eyebrow">{t('landing.eyebrow')}</Typography.Text>
          <Typography.Title className="hero-title">{t('landing.headline')}</Typography.Title>
          <Typography.Paragraph className="hero-lead">{t('landing.lead')}</Typography.Paragraph>
          <div className="hero-actions">
            <Link to="/hall">
              <Button type="primary" size="large" icon={<ArrowRightOutlined />} iconPlacement="end">
                {t('landing.enterHall')}
              </Button>
            </Link>
            <Link to="/hall?status=published&sort=deadline-asc">
              <Button size="large" ghost>
                {t('landing.openNow')}
              </Button>
            </Link>
          </div>
        </div>
      </section>
      <div className="page landing-body">
        <HeadlineFigures />
        <section className="landing-section">
          <div className="section-heading">
            <Typography.Title level={3}>{t('landing.closingSoon')}</Typography.Title>
            <Link to="/hall?status=published&sort=deadline-asc">
              {t('landing.viewAll')} <ArrowRightOutlined />
            </Link>
          </div>
          <ClosingSoon />
        </section>
        <section className="landing-section">
          <Row gutter={[16, 16]}>
            {PUBLICITY.map((block) => (
              <Col key={block.key} xs={24} md={12}>
                <Link to={block.to} className="publicity-link">
                  <Card className="publicity-card" size="small" hoverable>
                    <div className="mechanism-icon">{block.icon}</div>
                    <div>
                      <Typography.Title level={4}>
                        {t(`landing.publicity.${block.key}.title`)} <ArrowRightOutlined />
                      </Typography.Title>
                      <Typography.Paragraph type="secondary">{t(`landing.publicity.${block.key}.text`)}</Typography.Paragraph>
                    </div>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </section>
        <section className="landing-section">
          <div className="section-heading">
            <Typography.Title level={3}>{t('landing.mechanismsTitle')}</Typography.Title>
          </div>
          <div className="mechanism-grid">
            {MECHANISMS.map((mechanism, index) => (
              <Card key={mechanism.key} className="mechanism-card" size="small">
                <div className="mechanism-icon">{mechanism.icon}</div>
                <Typography.Text type="secondary" className="mechanism-step">
                  {t('landing.step', { step: index + 1 })}
                </Typography.Text>
                <Typography.Title level={5}>{t(`landing.mechanisms.${mechanism.key}.title`)}</Typography.Title>
                <Typography.Paragraph type="secondary">{t(`landing.mechanisms.${mechanism.key}.text`)}</Typography.Paragraph>
              </Card>
            ))}
          </div>
        </section>
      </div>
    </div>
  );
}
