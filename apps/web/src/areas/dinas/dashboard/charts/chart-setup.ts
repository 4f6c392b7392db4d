import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/** Only the chart.js parts the page uses (keeps the bundle small). */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#334155';
Chart.defaults.animation = false;

export const COLORS = {
  rfqs: '#2563eb',
  quotes: '#f59e0b',
  deals: '#16a34a',
  value: '#7c3aed',
  completed: '#0f766e',
};

export { Chart };
