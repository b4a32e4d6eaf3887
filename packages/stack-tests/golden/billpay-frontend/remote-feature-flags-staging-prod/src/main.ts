// Starts the micro-frontend through a dynamic import, so Module Federation can negotiate the
// shared libraries before Angular loads (also when it runs on its own).
import('./bootstrap').catch((err) => console.error(err));
