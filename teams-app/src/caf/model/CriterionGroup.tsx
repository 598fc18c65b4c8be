import { Title3 } from '@fluentui/react-components';
import type { CriterionGroupProps } from './CafModelPage.types';
import { CriterionBlock } from './CriterionBlock';

/** Enablers (criteria 1–5) or results (6–9), as a labelled section (styled by CafModelPage). */
export function CriterionGroup({ id, title, criteria }: CriterionGroupProps) {
  return (
    <section aria-labelledby={id}>
      <Title3 as="h2" id={id} className="kv-model__group">
        {title}
      </Title3>
      {criteria.map((criterion) => (
        <CriterionBlock key={criterion.number} criterion={criterion} />
      ))}
    </section>
  );
}
