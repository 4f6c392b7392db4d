/** The shared pieces every area builds its screens from. */
export { Button, LinkButton } from './Button';
export { TextField } from './TextField';
export { NumberField } from './NumberField';
export { RupiahField } from './RupiahField';
export { DateField } from './DateField';
export { Select, CheckboxGroup, type Option } from './Choice';
export { Card, ScreenTitle } from './Card';
export { List, ListItem } from './List';
export { LoadingState, EmptyState, ErrorState } from './states';
export { OfflineBanner } from './OfflineBanner';
export { BottomNav, type NavItem } from './BottomNav';
export { FormError } from './FormError';
