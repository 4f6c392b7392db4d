import './dashboard/charts/chart-setup';
import './dashboard/dashboard.css';
import { useLang } from '../../i18n/lang';
import { DashboardView } from './dashboard/components/DashboardView';
import { TEXTS } from './dashboard/i18n';

/** The Dinas market dashboard (chart.js lives only in this chunk). */
export default function Dashboard() {
  const { lang } = useLang();
  const t = TEXTS[lang];
  return (
    <div>
      <h1 class="visually-hidden">{t.appTitle}</h1>
      <DashboardView t={t} lang={lang} />
    </div>
  );
}
