// Routes of this micro-frontend. The host mounts them under /<site>; run on its own, the app
// serves them from the root.
import { Routes } from '@angular/router';
import { HomeComponent } from './home.component';

export const routes: Routes = [{ path: '', component: HomeComponent }];
