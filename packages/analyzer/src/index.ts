/** The package's npm name. */
export const packageName = '@leakwatch/analyzer';
