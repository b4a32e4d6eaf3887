// Name, title and navigation of this frontend, written by the portal's template.
export const appInfo = {
  name: "billpay-frontend-a",
  title: "Bill payment screens of BillPay",
  site: "frontend-a",
  role: "remote",
  links: [] as string[],
};
