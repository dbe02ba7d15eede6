import { Customer, HcdmError, NotFoundError, tryNormalizePhone, type HcdmSettings } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/**
 * Finds a customer by id (exactly as stored) or else by phone, written in any spelling and
 * normalized as on import. Two customers on one phone is an error naming both, not a guess.
 */
export async function findCustomerByIdOrPhone(
  manager: EntityManager,
  text: string,
  defaultRegion: HcdmSettings['defaultRegion'],
): Promise<Customer> {
  const key = text.trim();
  const repository = manager.getRepository(Customer);
  const byId = await repository.findOneBy({ customerId: key });
  if (byId) return byId;
  const phone = tryNormalizePhone(key, defaultRegion);
  if (phone === null) throw new NotFoundError(`no customer with id or phone ${key}`);
  const matches = await repository.find({ where: { phone }, order: { customerId: 'ASC' } });
  const [first, ...others] = matches;
  if (!first) throw new NotFoundError(`no customer with phone ${phone}`);
  if (others.length > 0) {
    const ids = matches.map((customer) => customer.customerId).join(', ');
    throw new HcdmError('AMBIGUOUS', `phone ${phone} belongs to customers ${ids}; look one up by customer id`);
  }
  return first;
}
