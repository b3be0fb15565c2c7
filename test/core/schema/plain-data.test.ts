import { AgencyDirectorySchema } from '../../../src/core/agency/types';
import { DEFAULT_DATA, DEFAULT_DIRECTORY } from '../../../src/core/agency/directory-data';
import { ColumnSchemaSchema, RoleSchema } from '../../../src/core/schema/column-schema';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { ROLES } from '../../../src/core/schema/roles';

// The engine's defaults are plain data so that a validate run loads no zod; these keep them true to their schemas.
describe('default data against its zod schema', () => {
  it('the column schema parses to itself', () => {
    expect(ColumnSchemaSchema.parse(DEFAULT_SCHEMA)).toEqual(DEFAULT_SCHEMA);
  });

  it('the agency directory equals the schema parse of its input (defaults applied the same way)', () => {
    expect(DEFAULT_DIRECTORY).toEqual(AgencyDirectorySchema.parse(DEFAULT_DATA));
  });

  it('RoleSchema accepts exactly ROLES', () => {
    expect(RoleSchema.options).toEqual([...ROLES]);
    expect(RoleSchema.safeParse('chairman').success).toBe(false);
  });
});
