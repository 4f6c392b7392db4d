/** SUBMITTED until withdrawn, or until the RFQ is awarded (AWARDED / REJECTED) or closed (REJECTED). */
export enum QuoteStatus {
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
}
