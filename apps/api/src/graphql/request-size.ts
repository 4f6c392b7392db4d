/** The largest GraphQL request the API reads: an HTTP JSON body and a graphql-ws message alike. */
export const MAX_REQUEST_BYTES = 100 * 1024;
