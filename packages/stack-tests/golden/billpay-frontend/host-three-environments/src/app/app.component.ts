// Root component: a header with the frontend's title and, in the host, links to the
// micro-frontends it loads; the routed page renders below.
import { Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { appInfo } from './app-info';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [RouterOutlet, RouterLink],
  template: `
    <header>
      <strong>{{ title }}</strong>
      <nav>
        @for (link of links; track link) {
          <a [routerLink]="'/' + link">{{ link }}</a>
        }
      </nav>
    </header>
    <main>
      <router-outlet />
    </main>
  `,
})
export class AppComponent {
  readonly title = appInfo.title;
  readonly links = appInfo.links;
}
