-- Derived columns of a capability profile, and the organization name copied into it.
-- Current state: edit here, then `npm run db:functions` writes the migration that applies it.

CREATE OR REPLACE FUNCTION public.capability_profile_derive_columns()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        NEW.organization_name := coalesce((SELECT o.name FROM organization o WHERE o.id = NEW.organization_id), '');
        NEW.search_text := lower(NEW.organization_name || E'
' || array_to_string(NEW.machines, E'
'));
        RETURN NEW;
      END $function$;

CREATE OR REPLACE FUNCTION public.organization_name_to_capability_profile()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        UPDATE capability_profile SET organization_name = NEW.name WHERE organization_id = NEW.id;
        RETURN NULL;
      END $function$;

DROP TRIGGER IF EXISTS capability_profile_derive_columns ON public.capability_profile;
CREATE TRIGGER capability_profile_derive_columns BEFORE INSERT OR UPDATE ON public.capability_profile FOR EACH ROW EXECUTE FUNCTION capability_profile_derive_columns();

DROP TRIGGER IF EXISTS organization_name_to_capability_profile ON public.organization;
CREATE TRIGGER organization_name_to_capability_profile AFTER UPDATE OF name ON public.organization FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION organization_name_to_capability_profile();
