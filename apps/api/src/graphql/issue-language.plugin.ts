import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '@jalin/authz';
import { inRequestLanguage } from './format-error';

/**
 * Puts an HTTP answer's errors in the caller's language (RequestContext.lang, from Accept-Language):
 * Apollo's formatError sees no request, so this runs on the formatted errors before they are sent.
 */
export function issueLanguagePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => inRequestLanguage(error, contextValue?.lang));
        },
      };
    },
  };
}
