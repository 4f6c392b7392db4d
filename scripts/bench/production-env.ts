/**
 * Imported before anything else by the benchmarks: graphql-js and Apollo read NODE_ENV when they
 * load, and the deployed API runs with NODE_ENV=production (Dockerfile), so that is what we measure.
 */
process.env.NODE_ENV = 'production';
