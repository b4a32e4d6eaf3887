// Name, title and navigation of this frontend, written by the portal's template.
export const appInfo = {
  name: "billpay-feature-flags",
  title: "Screens to turn BillPay features on and off",
  site: "feature-flags",
  role: "remote",
  links: [] as string[],
};
