// Module Federation settings of the production build: the same as the development build.
module.exports = require('./webpack.config');
