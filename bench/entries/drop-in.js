// The drop-in's own code: what <AuthProvider><AuthFlow/></AuthProvider> with a client adds to an
// app that already has react, react-hook-form and react-query (peers external).
export { AuthFlow, AuthProvider, createRiffynClient } from 'riffyn-login-kit';
