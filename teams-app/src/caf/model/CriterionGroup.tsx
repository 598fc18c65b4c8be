import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { CriterionGroupProps } from './CafModelPage.types';
import { CriterionBlock } from './CriterionBlock';

const useStyles = makeStyles({
  heading: { display: 'block', marginBlock: `${tokens.spacingVerticalL} ${tokens.spacingVerticalM}` },
});

/** Enablers (criteria 1–5) or results (6–9), as a labelled section. */
export function CriterionGroup({ id, title, criteria }: CriterionGroupProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby={id}>
      <Title3 as="h2" id={id} className={styles.heading}>
        {title}
      </Title3>
      {criteria.map((criterion) => (
        <CriterionBlock key={criterion.number} criterion={criterion} />
      ))}
    </section>
  );
}
