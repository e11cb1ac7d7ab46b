import type { Plan, TierInfo, Usage } from '@prostudio/backend/contract';
import { formatPrice } from '../../api/market.ts';
import {
  cancelPlan,
  fetchPlan,
  fetchTiers,
  fetchUsage,
  openBillingPortal,
  startCheckout,
} from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { ConfirmButton } from '../sales/ConfirmButton.tsx';
import '../sales/sales.css';
import type { StudioTabProps } from '../tab-props.ts';
import { ApiKeys } from './ApiKeys.tsx';
import { canUpgradeTo, countLine, formatBytes, fractionUsed, tierOffers } from './usage.ts';

const loadPlanPage = async () => {
  const [plan, tiers, usage] = await Promise.all([fetchPlan(), fetchTiers(), fetchUsage()]);
  return { plan, tiers, usage };
};

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** The plan: the four tiers, what the member uses of theirs, upgrading, billing, cancelling, API keys. */
export function PlanTab(_props: StudioTabProps) {
  const [page, reload] = useLoad('plan', loadPlanPage);
  return (
    <div className="studio-plan">
      <h1>Plan</h1>
      {page.state === 'loading' && <p aria-busy="true">Loading your plan…</p>}
      {page.state === 'failed' && (
        <p className="error" role="alert">
          {page.message}
        </p>
      )}
      {page.state === 'ready' && (
        <>
          <CurrentPlan plan={page.value.plan} onChange={reload} />
          <UsageList usage={page.value.usage} />
          <Tiers tiers={page.value.tiers} current={page.value.plan.tier} />
          {page.value.usage.apiKeys.limit ? (
            <ApiKeys />
          ) : (
            <section aria-labelledby="plan-keys">
              <h2 id="plan-keys">API keys</h2>
              <p className="empty">API keys for your own scripts come with the Enterprise plan.</p>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function CurrentPlan({ plan, onChange }: { plan: Plan; onChange: () => void }) {
  const { busy, error, run } = useAction();
  const paid = plan.tier !== 'free';
  const go = (open: () => Promise<{ url: string }>) =>
    void run(async () => window.location.assign((await open()).url));
  return (
    <section className="card" aria-labelledby="plan-current" data-testid="current-plan">
      <h2 id="plan-current">You are on {plan.name}</h2>
      {!paid && <p>Upgrade below for unlimited storage, AI assistance, collaboration or API keys.</p>}
      {paid && plan.currentPeriodEnd && (
        <p>
          {plan.cancelAtPeriodEnd ? 'It ends on ' : 'It renews on '}
          {day.format(new Date(plan.currentPeriodEnd))}
          {plan.status !== 'active' && ` (${plan.status.replace('_', ' ')})`}.
        </p>
      )}
      {paid && (
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => go(openBillingPortal)}>
            Billing: card, invoices, changing plan
          </button>
          {!plan.cancelAtPeriodEnd && (
            <ConfirmButton
              label="Cancel the plan"
              question={`Cancel ${plan.name}? It stays until the end of the period paid for.`}
              confirm="Cancel at the period’s end"
              busy={busy}
              onConfirm={() => void run(cancelPlan, onChange)}
            />
          )}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function UsageList({ usage }: { usage: Usage }) {
  const storage = fractionUsed(usage.storageBytes.used, usage.storageBytes.limit);
  return (
    <section aria-labelledby="plan-usage" className="usage">
      <h2 id="plan-usage">What you use</h2>
      <dl data-testid="usage">
        <dt>Storage</dt>
        <dd>
          {formatBytes(usage.storageBytes.used)}
          {usage.storageBytes.limit === null
            ? ' (unlimited)'
            : ` of ${formatBytes(usage.storageBytes.limit)}`}{' '}
          {storage !== null && <progress aria-label="Storage used" max={1} value={storage} />}
        </dd>
        <dt>Listings on sale</dt>
        <dd>{countLine(usage.listings.used, usage.listings.limit)}</dd>
        <dt>API keys</dt>
        <dd>
          {usage.apiKeys.limit === 0
            ? 'Not in your plan'
            : countLine(usage.apiKeys.used, usage.apiKeys.limit)}
        </dd>
      </dl>
    </section>
  );
}

function Tiers({ tiers, current }: { tiers: readonly TierInfo[]; current: TierInfo['tier'] }) {
  const { busy, error, run } = useAction();
  return (
    <section aria-labelledby="plan-tiers">
      <h2 id="plan-tiers">Plans</h2>
      <ul className="tiers" data-testid="tiers">
        {tiers.map((tier) => (
          <li key={tier.tier} className="card" aria-current={tier.tier === current ? 'true' : undefined}>
            <h3>{tier.name}</h3>
            <p>
              <strong>
                {tier.monthlyPriceMinor === 0
                  ? 'Free'
                  : `${formatPrice(tier.monthlyPriceMinor, tier.currency)} a month`}
              </strong>
            </p>
            <ul>
              {tierOffers(tier).map((offer) => (
                <li key={offer}>{offer}</li>
              ))}
            </ul>
            {tier.tier === current ? (
              <p className="bought">Your plan</p>
            ) : (
              canUpgradeTo(current, tier.tier) &&
              tier.tier !== 'free' && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      const paidTier = tier.tier as 'pro' | 'studio' | 'enterprise';
                      window.location.assign((await startCheckout(paidTier)).url);
                    })
                  }
                >
                  Upgrade to {tier.name}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {current !== 'free' && <p className="muted">To change plans, use the billing page above.</p>}
    </section>
  );
}
