import { describeEachDatabase } from '@hcdm/test-utils';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';

const left = (key: string, header: string) => ({ key, header, align: 'left' });

describeEachDatabase('show duplicate customers', () => {
  it('lists each pair with its names, phones and reason', async () => {
    const db = await openTempDatabase();
    try {
      // C7: C1's name, C1's phone with its last two digits swapped. C8: C2's phone.
      const customers = [...(ATTRIBUTION_CASES.customers ?? []), ['C7', 'asha  rao', '+919800000010'], ['C8', 'Gita', '+919800000002']] as const;
      await insertFixture(db, { ...ATTRIBUTION_CASES, customers });
      expect(await db.query('SHOW duplicate  customers')).toEqual({
        command: 'show duplicate customers',
        title: 'Duplicate customers',
        shape: 'list',
        columns: [
          left('customerId', 'Customer ID'),
          left('name', 'Name'),
          left('phone', 'Phone'),
          left('otherCustomerId', 'Other Customer ID'),
          left('otherName', 'Other Name'),
          left('otherPhone', 'Other Phone'),
          left('reason', 'Reason'),
        ],
        rows: [
          { customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', otherCustomerId: 'C7', otherName: 'asha  rao', otherPhone: '+919800000010', reason: 'same name, similar phone' },
          { customerId: 'C2', name: 'Bala Nair', phone: '+919800000002', otherCustomerId: 'C8', otherName: 'Gita', otherPhone: '+919800000002', reason: 'same phone' },
        ],
      });
    } finally {
      await db.close();
    }
  });

  it('takes no period', () => {
    expect(() => parseCommand('show duplicate customers in last 30 days')).toThrow(
      'invalid command "show duplicate customers in last 30 days": "show duplicate customers" takes no period',
    );
  });
}, { citus: true });
