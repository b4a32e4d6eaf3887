// Name, title and navigation of this frontend, written by the portal's template.
export const appInfo = {
  name: "billpay-shell",
  title: "BillPay shell that hosts the payment micro-frontends",
  site: "frontend-a",
  role: "host",
  links: ["frontend-b","feature-flags"] as string[],
};
