import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 28 },
  mark: { fill: '#7df3e1' },
});

/** The product's mark alone, for the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 36 40"
      role="img"
      aria-label="IaC Portal"
    >
      <rect className={classes.mark} x="0" y="2" width="36" height="9" rx="2" />
      <rect className={classes.mark} x="0" y="15" width="36" height="9" rx="2" opacity="0.75" />
      <rect className={classes.mark} x="0" y="28" width="36" height="9" rx="2" opacity="0.5" />
    </svg>
  );
};
