// The same policy the app's protocol handler sends; kept in step by a unit test.
export { CONTENT_SECURITY_POLICY as CSP } from '../shared/csp';
