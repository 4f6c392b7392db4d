import { useEffect } from 'preact/hooks';
import { useSession } from '../../lib/session';
import { HOME_OF } from '../../lib/roles';
import { navigate } from '../../router/navigation';
import { LoadingState } from '../../ui';

/** `/`: the role's home when signed in, else sign-in. */
export default function Home() {
  const state = useSession();
  useEffect(() => {
    if (state.status === 'signed-in') navigate(HOME_OF[state.user.role], { replace: true });
    if (state.status === 'signed-out') navigate('/sign-in', { replace: true });
  }, [state]);
  return <LoadingState />;
}
