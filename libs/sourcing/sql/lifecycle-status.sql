-- The lifecycle's status questions other libraries' SQL asks (the dashboard's rollups): the status names stay in sourcing.
-- Current state: edit here, then `npm run db:functions` writes the migration that applies it; a unit test checks each
-- literal against the TypeScript enum of its parameter's type.

CREATE OR REPLACE FUNCTION public.sourcing_deal_cancelled(s deal_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'CANCELLED' $function$;

CREATE OR REPLACE FUNCTION public.sourcing_deal_completed(s deal_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'COMPLETED' $function$;

CREATE OR REPLACE FUNCTION public.sourcing_rfq_open(s rfq_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'OPEN' $function$;
