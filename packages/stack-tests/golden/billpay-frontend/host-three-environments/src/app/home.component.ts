// Home page of this frontend; replace it with the real screens.
import { Component } from '@angular/core';
import { appInfo } from './app-info';

@Component({
  selector: 'app-home',
  standalone: true,
  template: `
    <h1>{{ name }}</h1>
    <p>{{ title }}</p>
  `,
})
export class HomeComponent {
  readonly name = appInfo.name;
  readonly title = appInfo.title;
}
