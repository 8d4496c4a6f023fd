export { AuthFlow } from './AuthFlow.js';
export type { AuthFlowClassNames, AuthFlowProps } from './AuthFlow.types.js';
