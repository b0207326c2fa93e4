import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';

// Route-level code splitting: each page is its own chunk, loaded when first visited.
const LandingRoute = lazy(() => import('./routes/landing'));
const HallRoute = lazy(() => import('./routes/hall'));
const ChallengeDetailRoute = lazy(() => import('./routes/challenge-detail'));
const SignInRoute = lazy(() => import('./routes/sign-in'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

export const createRouter = () =>
  createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <LandingRoute /> },
        { path: 'hall', element: <HallRoute /> },
        { path: 'challenges/:id', element: <ChallengeDetailRoute /> },
        { path: 'sign-in', element: <SignInRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
