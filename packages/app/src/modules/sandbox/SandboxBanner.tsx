import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  banner: {
    position: 'fixed',
    bottom: 0,
    left: 0,
    right: 0,
    zIndex: 2000,
    padding: '6px 16px',
    textAlign: 'center',
    background: '#ffb300',
    color: '#1a1a1a',
    fontWeight: 600,
    fontSize: 14,
  },
});

/**
 * Shown on every page when GitHub is the portal's local sandbox, so nobody mistakes the pull
 * requests and workflow runs it shows for real ones.
 */
export const SandboxBanner = () => {
  const classes = useStyles();
  const config = useApi(configApiRef);
  if (!config.getOptionalBoolean('iac.sandbox')) return null;
  return (
    <div className={classes.banner} role="status">
      Local sandbox: GitHub is simulated on this machine. Pull requests and workflow runs shown
      here never reach GitHub.
    </div>
  );
};
