export { Role } from './role.enum';
export { AuthUser } from './auth-user';
export { ACCESS_RULE, AccessRule } from './access-rule';
export { AllowAnonymous, AllowAuthenticated, AllowRoles } from './access.decorators';
export { CurrentUser } from './current-user.decorator';
export { RequestContext, RequestLanguage } from './request-context';
export { SessionCookie } from './session-cookie';
export { AccessGuard } from './access.guard';
export { HttpRequestContextResolver, HTTP_REQUEST_CONTEXT, RequestWithContext } from './http-request-context';
