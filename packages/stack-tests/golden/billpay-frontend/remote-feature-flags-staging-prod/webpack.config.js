// Module Federation settings of this BillPay micro-frontend (a remote). It exposes its routes
// (mounted by the host under /<site>) and its root component, and shares Angular, RxJS and the
// router with the host as singletons.
const { shareAll, withModuleFederationPlugin } = require('@angular-architects/module-federation/webpack');

module.exports = withModuleFederationPlugin({
  name: "feature_flags",

  exposes: {
    './routes': './src/app/app.routes.ts',
    './Component': './src/app/app.component.ts',
  },

  shared: {
    ...shareAll({ singleton: true, strictVersion: true, requiredVersion: 'auto' }),
  },
});
