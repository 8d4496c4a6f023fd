export { AuthFlow } from './AuthFlow.js';
export type { AuthFlowClassNames, AuthFlowComponents, AuthFlowProps, AuthFlowSlotContent, AuthFlowStep } from './AuthFlow.types.js';
