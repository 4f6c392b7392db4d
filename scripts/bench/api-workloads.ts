/** The GraphQL operations bench:api and bench:cluster load the API with. */

/** What an IKM's inbox shows. */
export const MY_MATCHES = `query MyMatches($first: Int) {
  myMatches(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id score rank status deliverableQuantity createdAt
      breakdown { factor weight value explanation }
      ikm { id name }
      profile { id verified organization { name } }
      rfq { id title status quantity unit neededBy quoteDeadline buyer { id name } quotes { id unitPrice status } }
    }
  }
}`;

/** What a buyer's RFQ page shows. */
export const RFQ_PAGE = `query RfqPage($id: ID!) {
  rfq(id: $id) {
    id title status quantity unit neededBy quoteDeadline quoteCount buyer { id name }
    matches { id score rank status deliverableQuantity breakdown { factor value explanation } ikm { id name } profile { id verified heldCertifications leadTimeDays organization { name } } }
    quotes { id unitPrice totalPrice quantity leadTimeDays revision status ikm { id name } }
    deals { id value status }
    consortiumSuggestions { score coveredQuantity members { id } }
  }
}`;

/**
 * The cheapest authenticated answer: what HTTP, the token check, Apollo's pipeline and the
 * response cost before any data is read (the floor under the two workloads above).
 */
export const FLOOR = '{ __typename }';
