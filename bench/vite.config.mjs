// The SurveyJS comparison page, built by `npm run bench` (scripts/bench/survey.mjs) into bench/dist.
export default {
  root: import.meta.dirname,
  logLevel: 'error',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
};
