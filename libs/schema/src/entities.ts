import { UserEntity } from '@app/auth';

/** Every TypeORM entity, listed as classes (works bundled and under Jest). */
export const ENTITIES: Function[] = [UserEntity];
