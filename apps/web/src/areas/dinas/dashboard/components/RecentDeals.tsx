import type { Dashboard } from '../queries';
import type { Lang, Texts } from '../i18n';
import { DEAL_STATUS_LABEL } from '../../../../i18n/deal-status';
import { TableScroll } from './TableScroll';
import { formatDate, formatIdr } from '../format';

export function RecentDeals({ rows, t, lang }: { rows: Dashboard['recentDeals']; t: Texts; lang: Lang }) {
  return (
    <section class="panel panel-wide" aria-labelledby="deals-title">
      <h2 id="deals-title">{t.recentDeals}</h2>
      {rows.length === 0 ? <p class="muted">{t.noData}</p> : (
        <TableScroll labelledBy="deals-title"><table data-testid="recent-deals">
          <thead>
            <tr><th scope="col">{t.dealDate}</th><th scope="col">{t.rfqTitle}</th><th scope="col">{t.buyer}</th>
              <th scope="col">{t.ikm}</th><th scope="col" class="num">{t.value}</th><th scope="col">{t.status}</th></tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td class="nowrap">{formatDate(d.createdAt, lang)}</td>
                <td>{d.rfq.title}</td>
                <td>{d.buyer.name}</td>
                <td>{d.ikm.name}</td>
                <td class="num nowrap">{formatIdr(d.value)}</td>
                <td><span class={`status status-${d.status.toLowerCase()}`}>{DEAL_STATUS_LABEL[lang][d.status]}</span></td>
              </tr>
            ))}
          </tbody>
        </table></TableScroll>
      )}
    </section>
  );
}
