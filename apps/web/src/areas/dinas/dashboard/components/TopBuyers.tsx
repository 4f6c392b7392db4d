import type { Dashboard } from '../queries';
import type { Lang, Texts } from '../i18n';
import { TableScroll } from './TableScroll';
import { formatCount, formatIdr } from '../format';

export function TopBuyers({ rows, t, lang }: { rows: Dashboard['byBuyer']; t: Texts; lang: Lang }) {
  return (
    <section class="panel" aria-labelledby="buyers-title">
      <h2 id="buyers-title">{t.topBuyers}</h2>
      {rows.length === 0 ? <p class="muted">{t.noData}</p> : (
        <TableScroll labelledBy="buyers-title"><table data-testid="top-buyers">
          <thead>
            <tr><th scope="col">{t.buyer}</th><th scope="col" class="num">{t.rfqs}</th><th scope="col" class="num">{t.rfqsAwarded}</th>
              <th scope="col" class="num">{t.deals}</th><th scope="col" class="num">{t.dealValue}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.buyer.id}>
                <td>{r.buyer.name}</td>
                <td class="num">{formatCount(r.rfqs, lang)}</td>
                <td class="num">{formatCount(r.rfqsAwarded, lang)}</td>
                <td class="num">{formatCount(r.deals, lang)}</td>
                <td class="num">{formatIdr(r.dealValue)}</td>
              </tr>
            ))}
          </tbody>
        </table></TableScroll>
      )}
    </section>
  );
}
