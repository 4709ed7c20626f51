/**
 * Settings a deploying organisation changes in this one place (Act 306/2019 requires an
 * accessibility feedback channel). Edit before publishing the app under your own name.
 */
export const deploymentConfig = {
  maintainer: 'COSS ry – Avoin kunta',
  feedbackEmail: 'avoinkunta@coss.fi',
} as const;
