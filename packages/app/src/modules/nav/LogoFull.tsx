import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: { width: 'auto', height: 30 },
  mark: { fill: '#7df3e1' },
  text: { fill: '#ffffff', fontFamily: 'Helvetica, Arial, sans-serif' },
});

/** The product's word mark: three stacked layers (render, validate, apply) and the name. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 230 40"
      role="img"
      aria-label="IaC Portal"
    >
      <rect className={classes.mark} x="0" y="2" width="36" height="9" rx="2" />
      <rect className={classes.mark} x="0" y="15" width="36" height="9" rx="2" opacity="0.75" />
      <rect className={classes.mark} x="0" y="28" width="36" height="9" rx="2" opacity="0.5" />
      <text className={classes.text} x="46" y="30" fontSize="28" fontWeight="700">
        IaC Portal
      </text>
    </svg>
  );
};
