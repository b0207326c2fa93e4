import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';

// Route-level code splitting: each page is its own chunk, loaded when first visited.
const LandingRoute = lazy(() => import('./routes/landing'));
const HallRoute = lazy(() => import('./routes/hall'));
const ChallengeDetailRoute = lazy(() => import('./routes/challenge-detail'));
const NoticesRoute = lazy(() => import('./routes/notices'));
const NoticeDetailRoute = lazy(() => import('./routes/notice-detail'));
const ResultsRoute = lazy(() => import('./routes/results'));
const SignInRoute = lazy(() => import('./routes/sign-in'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));
const RegisterRoute = lazy(() => import('./routes/bidder/register'));
const MyBidsRoute = lazy(() => import('./routes/bidder/my-bids'));
const NewBidRoute = lazy(() => import('./routes/bidder/new-bid'));
const EditBidRoute = lazy(() => import('./routes/bidder/edit-bid'));
const BidDetailRoute = lazy(() => import('./routes/bidder/bid-detail'));
const BidReceiptRoute = lazy(() => import('./routes/bidder/bid-receipt'));
const ExpertAssignmentsRoute = lazy(() => import('./routes/expert/assignments'));
const ExpertScoringSheetRoute = lazy(() => import('./routes/expert/scoring-sheet'));
const ExpertProfileRoute = lazy(() => import('./routes/expert/profile'));
const ExpertRegisterRoute = lazy(() => import('./routes/expert-register'));
const OfficeExpertsRoute = lazy(() => import('./routes/office/experts'));
const DemanderNeedsRoute = lazy(() => import('./routes/demander/needs'));
const NeedCreateRoute = lazy(() => import('./routes/demander/need-create'));
const NeedDetailRoute = lazy(() => import('./routes/demander/need-detail'));
const NeedEditRoute = lazy(() => import('./routes/demander/need-edit'));
const OfficeDashboardRoute = lazy(() => import('./routes/office/dashboard'));
const OfficeProgrammesRoute = lazy(() => import('./routes/office/programmes'));
const OfficeProgrammeRoute = lazy(() => import('./routes/office/programme'));
const OfficeNeedsRoute = lazy(() => import('./routes/office/needs'));
const OfficeNeedRoute = lazy(() => import('./routes/office/need'));
const OfficeChallengeBidsRoute = lazy(() => import('./routes/office/challenge-bids'));
const MyContractsRoute = lazy(() => import('./routes/contracts/my-contracts'));
const ContractDetailRoute = lazy(() => import('./routes/contracts/contract-detail'));
const OfficeChallengeReviewRoute = lazy(() => import('./routes/office/challenge-review'));
const OfficeChallengeNoticeRoute = lazy(() => import('./routes/office/challenge-notice'));
const OfficeProgrammeChallengesRoute = lazy(() => import('./routes/office/programme-challenges'));
const OfficeProgrammeAssignmentRoute = lazy(() => import('./routes/office/programme-assignment'));
const OfficeChallengeNewRoute = lazy(() => import('./routes/office/challenge-new'));
const OfficeChallengeRoute = lazy(() => import('./routes/office/challenge'));
const OfficeChallengeEditRoute = lazy(() => import('./routes/office/challenge-edit'));
const OfficeIntegrityRoute = lazy(() => import('./routes/office/integrity'));
const TesterAcceptancesRoute = lazy(() => import('./routes/tester/acceptances'));
const TesterAcceptanceRoute = lazy(() => import('./routes/tester/acceptance'));

export const createRouter = () =>
  createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <LandingRoute /> },
        { path: 'hall', element: <HallRoute /> },
        { path: 'challenges/:id', element: <ChallengeDetailRoute /> },
        { path: 'notices', element: <NoticesRoute /> },
        { path: 'notices/:id', element: <NoticeDetailRoute /> },
        { path: 'results', element: <ResultsRoute /> },
        { path: 'sign-in', element: <SignInRoute /> },
        { path: 'office', element: <OfficeDashboardRoute /> },
        { path: 'office/programmes', element: <OfficeProgrammesRoute /> },
        { path: 'office/programmes/:id', element: <OfficeProgrammeRoute /> },
        { path: 'office/programmes/:id/needs', element: <OfficeNeedsRoute /> },
        { path: 'office/needs/:id', element: <OfficeNeedRoute /> },
        { path: 'office/programmes/:id/challenges', element: <OfficeProgrammeChallengesRoute /> },
        { path: 'office/programmes/:id/assignment', element: <OfficeProgrammeAssignmentRoute /> },
        { path: 'office/programmes/:id/challenges/new', element: <OfficeChallengeNewRoute /> },
        { path: 'office/challenges/:id', element: <OfficeChallengeRoute /> },
        { path: 'office/challenges/:id/edit', element: <OfficeChallengeEditRoute /> },
        { path: 'office/challenges/:id/bids', element: <OfficeChallengeBidsRoute /> },
        { path: 'office/challenges/:id/review', element: <OfficeChallengeReviewRoute /> },
        { path: 'office/challenges/:id/notice', element: <OfficeChallengeNoticeRoute /> },
        { path: 'office/integrity', element: <OfficeIntegrityRoute /> },
        { path: 'office/experts', element: <OfficeExpertsRoute /> },
        { path: 'expert', element: <ExpertAssignmentsRoute /> },
        { path: 'expert/bids/:bidId', element: <ExpertScoringSheetRoute /> },
        { path: 'expert/profile', element: <ExpertProfileRoute /> },
        { path: 'experts/register', element: <ExpertRegisterRoute /> },
        { path: 'tester', element: <TesterAcceptancesRoute /> },
        { path: 'tester/acceptances/:id', element: <TesterAcceptanceRoute /> },
        { path: 'demander', element: <DemanderNeedsRoute /> },
        { path: 'demander/programmes/:programmeId/needs/new', element: <NeedCreateRoute /> },
        { path: 'demander/needs/:id', element: <NeedDetailRoute /> },
        { path: 'demander/needs/:id/edit', element: <NeedEditRoute /> },
        { path: 'register', element: <RegisterRoute /> },
        { path: 'bidder/bids', element: <MyBidsRoute /> },
        { path: 'bidder/challenges/:challengeId/bid', element: <NewBidRoute /> },
        { path: 'bidder/bids/:id', element: <BidDetailRoute /> },
        { path: 'bidder/bids/:id/edit', element: <EditBidRoute /> },
        { path: 'bidder/bids/:id/receipt', element: <BidReceiptRoute /> },
        { path: 'contracts', element: <MyContractsRoute /> },
        { path: 'contracts/:id', element: <ContractDetailRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
