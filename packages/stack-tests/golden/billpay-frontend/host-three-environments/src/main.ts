// Starts the host: reads the remotes' entry URLs from assets/mf.manifest.json first, so Module
// Federation can share libraries with them, then boots Angular.
import { initFederation } from '@angular-architects/module-federation';

initFederation('assets/mf.manifest.json')
  .catch((err) => console.error(err))
  .then(() => import('./bootstrap'))
  .catch((err) => console.error(err));
