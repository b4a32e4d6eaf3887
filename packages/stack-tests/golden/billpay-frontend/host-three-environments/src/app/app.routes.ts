// Routes of the host: its home page, and one lazy route per remote that loads the remote's
// routes through Module Federation (entry URLs come from assets/mf.manifest.json).
import { loadRemoteModule } from '@angular-architects/module-federation';
import { Routes } from '@angular/router';
import { appInfo } from './app-info';
import { HomeComponent } from './home.component';

export const routes: Routes = [
  { path: '', component: HomeComponent },
  ...appInfo.links.map((remote) => ({
    path: remote,
    loadChildren: () =>
      loadRemoteModule({ type: 'manifest', remoteName: remote, exposedModule: './routes' }).then((m) => m.routes),
  })),
];
