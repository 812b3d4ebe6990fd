// Root component: i18n + antd config, session, router. Routes come from the modules listed in routes.tsx.
import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntApp } from 'antd';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext.tsx';
import { RequirePermission } from './components/RequirePermission.tsx';
import { NotFoundResult } from './components/Results.tsx';
import { I18nProvider } from './i18n/index.tsx';
import AppLayout, { PageLoading } from './layout/AppLayout.tsx';
import { moduleMessages, webModules } from './routes.tsx';

const LoginPage = lazy(() => import('./auth/LoginPage.tsx'));

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <PageLoading />;
  if (user === null) {
    const here = location.pathname + location.search;
    return <Navigate to={here === '/' ? '/login' : `/login?redirect=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children}</>;
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<Suspense fallback={<PageLoading />}><LoginPage /></Suspense>} />
      {webModules.flatMap((m) => m.publicRoutes ?? []).map((r) => {
        const Page = r.component;
        return <Route key={r.path} path={r.path} element={<Suspense fallback={<PageLoading />}><Page /></Suspense>} />;
      })}
      <Route element={<RequireAuth><AppLayout /></RequireAuth>}>
        {webModules.flatMap((m) => m.routes).map((r) => {
          const Page = r.component;
          return <Route key={r.path} path={r.path} element={<RequirePermission permission={r.permission}><Page /></RequirePermission>} />;
        })}
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}

export default function App() {
  return (
    <I18nProvider messages={moduleMessages}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </I18nProvider>
  );
}
