// Module Federation settings of the BillPay host shell. The remotes are not listed here: the host
// reads their remoteEntry.js URLs from assets/mf.manifest.json at start-up, which the publish
// script writes for each environment. Angular, RxJS and the router are shared as singletons.
const { shareAll, withModuleFederationPlugin } = require('@angular-architects/module-federation/webpack');

module.exports = withModuleFederationPlugin({
  remotes: {},

  shared: {
    ...shareAll({ singleton: true, strictVersion: true, requiredVersion: 'auto' }),
  },
});
