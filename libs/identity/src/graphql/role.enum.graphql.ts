import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@jalin/authz';

registerEnumType(Role, { name: 'Role', description: 'Kind of organization, and the role of its users' });
